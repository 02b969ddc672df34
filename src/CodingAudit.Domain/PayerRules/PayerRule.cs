using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.PayerRules;

/// <summary>
/// A payer's own edit (docs/payer-rules.md): for lines whose code matches <see cref="Codes"/>, each stated constraint
/// must hold or the line gets a payer-rule finding with <see cref="Message"/>.
/// </summary>
/// <remarks>
/// Constraints: a required diagnosis (any of, among the line's pointed diagnoses or, without pointers, the claim's),
/// a required modifier (any of), forbidden modifiers, a maximum of units per day (summed over the same-day claims),
/// a maximum number of lines per day (frequency), an age range (inclusive), an allowed sex, or "not covered".
/// The rule applies to dates of service from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> inclusive.
/// </remarks>
public sealed record PayerRule
{
    public PayerRule(string payerId, string id, string message, IReadOnlyList<CodePattern> codes, Severity severity = Severity.Medium,
        DateOnly? effectiveFrom = null, DateOnly? effectiveTo = null, IReadOnlyList<CodePattern>? requiredDiagnoses = null,
        IReadOnlyList<string>? requiredModifiers = null, IReadOnlyList<string>? forbiddenModifiers = null, int? maxUnitsPerDay = null,
        int? maxLinesPerDay = null, int? minAge = null, int? maxAge = null, Sex? sex = null, bool notCovered = false,
        string source = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0) throw new ArgumentException("A payer rule needs at least one code.", nameof(codes));
        PayerId = payerId;
        Id = id;
        Message = message;
        Codes = codes.ToArray();
        Severity = severity;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        RequiredDiagnoses = requiredDiagnoses?.ToArray() ?? [];
        RequiredModifiers = requiredModifiers?.Select(m => m.ToUpperInvariant()).ToArray() ?? [];
        ForbiddenModifiers = forbiddenModifiers?.Select(m => m.ToUpperInvariant()).ToArray() ?? [];
        MaxUnitsPerDay = maxUnitsPerDay;
        MaxLinesPerDay = maxLinesPerDay;
        MinAge = minAge;
        MaxAge = maxAge;
        Sex = sex;
        NotCovered = notCovered;
        Source = source ?? "";
        if (!HasConstraint) throw new ArgumentException($"Payer rule {id} states no constraint.", nameof(codes));
    }

    public string PayerId { get; }
    public string Id { get; }
    public string Message { get; }
    public IReadOnlyList<CodePattern> Codes { get; }
    public Severity Severity { get; }
    public DateOnly? EffectiveFrom { get; }
    public DateOnly? EffectiveTo { get; }
    public IReadOnlyList<CodePattern> RequiredDiagnoses { get; }
    public IReadOnlyList<string> RequiredModifiers { get; }
    public IReadOnlyList<string> ForbiddenModifiers { get; }
    public int? MaxUnitsPerDay { get; }
    public int? MaxLinesPerDay { get; }
    public int? MinAge { get; }
    public int? MaxAge { get; }
    public Sex? Sex { get; }
    public bool NotCovered { get; }
    /// <summary>Where the rule was read from ("seed-data/payer-rules/ACME.jsonl:4"), for citations.</summary>
    public string Source { get; }

    public bool HasConstraint => RequiredDiagnoses.Count > 0 || RequiredModifiers.Count > 0 || ForbiddenModifiers.Count > 0 ||
        MaxUnitsPerDay is not null || MaxLinesPerDay is not null || MinAge is not null || MaxAge is not null || Sex is not null ||
        NotCovered;

    public bool AppliesOn(DateOnly date) =>
        (EffectiveFrom is not { } f || date >= f) && (EffectiveTo is not { } t || date <= t);

    public bool AppliesTo(string code)
    {
        foreach (var c in Codes)
        {
            if (c.Matches(code)) return true;
        }
        return false;
    }
}
