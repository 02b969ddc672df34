namespace CodingAudit.Domain.Fees;

/// <summary>The PFS conversion factor over time.</summary>
public sealed class ConversionFactorHistory
{
    private readonly ConversionFactorPeriod[] _periods;

    public ConversionFactorHistory(IEnumerable<ConversionFactorPeriod> periods) =>
        _periods = periods.OrderBy(p => p.Start).ToArray();

    public IReadOnlyList<ConversionFactorPeriod> Periods => _periods;

    /// <summary>The factor in force on <paramref name="date"/>, or null.</summary>
    public decimal? On(DateOnly date)
    {
        foreach (var p in _periods)
        {
            if (date >= p.Start && date <= p.End) return p.Value;
        }
        return null;
    }
}
