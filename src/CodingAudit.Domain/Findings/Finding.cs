namespace CodingAudit.Domain.Findings;

/// <summary>
/// One discrepancy between what was billed and what the rules or the documentation support.
/// The edit engine and the documentation check both produce these.
/// </summary>
/// <remarks>
/// <see cref="Line"/> is the 1-based claim line when the finding concerns a line. <see cref="Amount"/> is the dollar
/// impact from the fee schedule (positive = overpaid, negative = underpaid) where one applies.
/// <see cref="Citation"/> names the rule's source: table, version and row.
/// </remarks>
public sealed record Finding
{
    public Finding(string claimId, int? line, string kind, string ruleId, Severity severity, string code,
        string? expected, string message, string citation, decimal? amount = null, Evidence? evidence = null,
        string? category = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (!FindingKinds.IsKnown(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown finding kind.");
        ClaimId = claimId;
        Line = line;
        Kind = kind;
        RuleId = ruleId;
        Category = category ?? FindingCategory.Of(kind);
        Severity = severity;
        Code = code ?? "";
        Expected = expected;
        Message = message ?? "";
        Citation = citation ?? "";
        Amount = amount;
        Evidence = evidence;
    }

    public string ClaimId { get; }
    public int? Line { get; }
    public string Kind { get; }
    public string RuleId { get; }
    public string Category { get; }
    public Severity Severity { get; }
    /// <summary>The billed code the finding is about (or, for a missed diagnosis, the code that should have been billed).</summary>
    public string Code { get; }
    /// <summary>The correction, where one follows (a code, a modifier, a unit count).</summary>
    public string? Expected { get; }
    public string Message { get; }
    public string Citation { get; }
    public decimal? Amount { get; }
    public Evidence? Evidence { get; }

    /// <summary>True when the finding is an error in the claim (everything but "no edit data").</summary>
    public bool IsError => Kind != FindingKinds.NoEditData;

    /// <summary>Diagnosis or procedure, for code-over-code scoring.</summary>
    public CodeSystem CodeSystem => Kind == FindingKinds.InvalidCode
        ? (Line.HasValue ? CodeSystem.Procedure : CodeSystem.Diagnosis)
        : FindingKinds.CodeSystemOf(Kind);
}
