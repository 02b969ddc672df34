namespace CodingAudit.Domain.Fees;

/// <summary>
/// Prices services from the MPFS: (work x GPCI + PE x GPCI + MP x GPCI) x conversion factor, facility or non-facility
/// PE by place of service. With no locality the national GPCIs (1.0) apply.
/// </summary>
public sealed class FeeSchedule
{
    private readonly Dictionary<string, MpfsRvu> _global;
    private readonly Dictionary<(string, string), MpfsRvu> _withModifier;

    public FeeSchedule(IEnumerable<MpfsRvu> rows, decimal conversionFactor, GpciLocality? locality = null)
    {
        if (conversionFactor <= 0) throw new ArgumentOutOfRangeException(nameof(conversionFactor), conversionFactor, "Must be positive.");
        _global = new Dictionary<string, MpfsRvu>(StringComparer.Ordinal);
        _withModifier = [];
        foreach (var r in rows)
        {
            if (r.Modifier.Length == 0) _global[r.Code] = r;
            else _withModifier[(r.Code, r.Modifier)] = r;
        }
        ConversionFactor = conversionFactor;
        Locality = locality;
    }

    public decimal ConversionFactor { get; }
    public GpciLocality? Locality { get; }
    public int Count => _global.Count + _withModifier.Count;

    /// <summary>The global (no 26/TC) row for a code, or null.</summary>
    public MpfsRvu? Find(string code) => _global.GetValueOrDefault(code);

    /// <summary>The row for a code with modifier 26 or TC when one exists, else the global row.</summary>
    public MpfsRvu? Find(string code, IReadOnlyList<string> modifiers)
    {
        foreach (var m in modifiers)
        {
            if (m is "26" or "TC" && _withModifier.TryGetValue((code, m), out var r)) return r;
        }
        return Find(code);
    }

    /// <summary>The allowed amount for one unit, rounded to cents, or null when the code is not priced.</summary>
    /// <remarks>Pass the conversion factor in force on the date of service when known (it changed mid-2024);
    /// otherwise the release's own applies.</remarks>
    public decimal? Price(string code, IReadOnlyList<string> modifiers, string? placeOfService, decimal? conversionFactor = null)
    {
        var r = Find(code, modifiers);
        if (r is null || r.StatusCode is not ("A" or "R" or "T")) return null;
        var pe = PlacesOfService.IsFacility(placeOfService) ? r.FacilityPeRvu : r.NonFacilityPeRvu;
        var (gw, gp, gm) = Locality is { } l ? (l.Work, l.PracticeExpense, l.Malpractice) : (1m, 1m, 1m);
        var total = r.WorkRvu * gw + pe * gp + r.MalpracticeRvu * gm;
        return Math.Round(total * (conversionFactor ?? ConversionFactor), 2, MidpointRounding.AwayFromZero);
    }
}
