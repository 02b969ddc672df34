namespace CodingAudit.Domain.Claims;

/// <summary>One service line of a professional claim.</summary>
/// <remarks>
/// <see cref="Number"/> is 1-based. <see cref="DiagnosisPointers"/> are 1-based positions into the claim's ordered
/// diagnosis list, as on the CMS-1500 form (at most four).
/// </remarks>
public sealed record ClaimLine
{
    public const int MaxModifiers = 4;
    public const int MaxPointers = 4;

    public ClaimLine(int number, string code, IReadOnlyList<string> modifiers, int units, decimal charge,
        IReadOnlyList<int> diagnosisPointers, string? placeOfService = null)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number), number, "Line numbers start at 1.");
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(modifiers);
        ArgumentNullException.ThrowIfNull(diagnosisPointers);
        if (modifiers.Count > MaxModifiers)
            throw new ArgumentException($"A line carries at most {MaxModifiers} modifiers, not {modifiers.Count}.", nameof(modifiers));
        if (diagnosisPointers.Count > MaxPointers)
            throw new ArgumentException($"A line carries at most {MaxPointers} diagnosis pointers.", nameof(diagnosisPointers));
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units), units, "Units cannot be negative.");
        Number = number;
        Code = code.Trim().ToUpperInvariant();
        Modifiers = modifiers.Select(m => m.Trim().ToUpperInvariant()).ToArray();
        Units = units;
        Charge = charge;
        DiagnosisPointers = diagnosisPointers.ToArray();
        PlaceOfService = placeOfService;
    }

    public int Number { get; }
    /// <summary>CPT or HCPCS code, upper case.</summary>
    public string Code { get; }
    public IReadOnlyList<string> Modifiers { get; }
    public int Units { get; }
    public decimal Charge { get; }
    public IReadOnlyList<int> DiagnosisPointers { get; }
    /// <summary>Line-level place of service when it differs from the claim's.</summary>
    public string? PlaceOfService { get; }

    public bool HasModifier(string modifier) => Modifiers.Contains(modifier, StringComparer.OrdinalIgnoreCase);
}
