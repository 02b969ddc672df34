namespace CodingAudit.Domain.Codes;

/// <summary>A CPT or HCPCS Level II code, with the dates it was added and terminated where the source gives them.</summary>
/// <remarks><see cref="Terminated"/> is the last date of service the code is valid for (inclusive).</remarks>
public sealed record ProcedureCode
{
    public ProcedureCode(string code, string system, string? family = null, DateOnly? added = null, DateOnly? terminated = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        Code = code.Trim().ToUpperInvariant();
        System = system;
        Family = family;
        Added = added;
        Terminated = terminated;
    }

    public string Code { get; }
    /// <summary>"CPT" or "HCPCS".</summary>
    public string System { get; }
    public string? Family { get; }
    public DateOnly? Added { get; }
    public DateOnly? Terminated { get; }

    /// <summary>True when the code is valid on <paramref name="date"/>.</summary>
    public bool IsEffectiveOn(DateOnly date) =>
        (Added is not { } a || date >= a) && (Terminated is not { } t || date <= t);

    /// <summary>Office and other E/M services (992xx, 993xx, 994xx) and the prolonged-service G2212.</summary>
    public static bool IsEvaluationAndManagement(string code) =>
        code.Length == 5 && code.StartsWith("99", StringComparison.Ordinal) && code[2] is '2' or '3' or '4';
}
