using System.Globalization;

namespace CodingAudit.Domain.Sampling;

/// <summary>A stratified random sample: by coder, or by dollar strata with explicit boundaries.</summary>
/// <remarks>
/// Dollar boundaries b1 &lt; b2 &lt; ... &lt; bk make k + 1 strata: amount &lt; b1; b1 &lt;= amount &lt; b2; ...;
/// amount &gt;= bk. Within a stratum, claims keep frame order and are numbered 1..N_h; the random numbers are these
/// stratum positions. Allocation: <see cref="CountPerStratum"/> per stratum (all claims when fewer) or
/// <see cref="Percent"/> of each stratum (rounded up, at least 1 from a non-empty stratum).
/// </remarks>
public sealed record StratifiedDesign : SampleDesign
{
    public StratifiedDesign(StratifyBy by, IReadOnlyList<decimal>? boundaries = null, int? countPerStratum = null,
        decimal? percent = null, int sparesPerStratum = 0, StratumSeeding seeding = StratumSeeding.SeedPerStratum)
    {
        var bounds = (boundaries ?? []).ToArray();
        if (by == StratifyBy.Dollar && bounds.Length == 0)
            throw new ArgumentException("Dollar strata need at least one boundary.", nameof(boundaries));
        if (by == StratifyBy.Coder && bounds.Length > 0)
            throw new ArgumentException("Boundaries apply to dollar strata only.", nameof(boundaries));
        for (var i = 1; i < bounds.Length; i++)
        {
            if (bounds[i] <= bounds[i - 1])
                throw new ArgumentException($"Boundaries must increase: {bounds[i]} follows {bounds[i - 1]}.", nameof(boundaries));
        }
        if (countPerStratum is null == percent is null)
            throw new ArgumentException("Give either a count per stratum or a percent, not both and not neither.", nameof(countPerStratum));
        if (countPerStratum is < 1) throw new ArgumentOutOfRangeException(nameof(countPerStratum), countPerStratum, "The count per stratum must be at least 1.");
        if (percent is not null && (percent <= 0 || percent > 100))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The percent must be above 0 and at most 100.");
        if (sparesPerStratum < 0) throw new ArgumentOutOfRangeException(nameof(sparesPerStratum), sparesPerStratum, "Spares cannot be negative.");
        if (!Enum.IsDefined(seeding)) throw new ArgumentOutOfRangeException(nameof(seeding), seeding, "Unknown seeding.");
        By = by;
        Boundaries = bounds;
        CountPerStratum = countPerStratum;
        Percent = percent;
        SparesPerStratum = sparesPerStratum;
        Seeding = seeding;
    }

    public StratifyBy By { get; }
    public IReadOnlyList<decimal> Boundaries { get; }
    public int? CountPerStratum { get; }
    public decimal? Percent { get; }
    public int SparesPerStratum { get; }
    public StratumSeeding Seeding { get; }

    public override string Kind => "stratified";

    /// <summary>The sample size for a stratum of <paramref name="stratumSize"/> claims.</summary>
    public int SizeFor(int stratumSize) => Allocation.SizeFor(stratumSize, CountPerStratum, Percent);

    /// <summary>The 0-based dollar stratum index of <paramref name="amount"/>.</summary>
    public int DollarStratumOf(decimal amount)
    {
        var index = 0;
        while (index < Boundaries.Count && amount >= Boundaries[index]) index++;
        return index;
    }

    /// <summary>The label of dollar stratum <paramref name="index"/>, e.g. "100.00 to under 500.00".</summary>
    public string DollarStratumLabel(int index)
    {
        static string F(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);
        if (index == 0) return $"under {F(Boundaries[0])}";
        if (index == Boundaries.Count) return $"{F(Boundaries[^1])} and over";
        return $"{F(Boundaries[index - 1])} to under {F(Boundaries[index])}";
    }

    internal string SeedingText() => Seeding == StratumSeeding.SeedPerStratum
        ? "stratum h drawn with seed + (h - 1) by RAT-STATS single-stage random numbers over 1..N_h."
        : "one RAT-STATS generator seeded once, continuing from stratum to stratum in stratum order.";

    public override string Describe()
    {
        var allocation = CountPerStratum is not null
            ? $"{CountPerStratum} per stratum"
            : $"{Percent?.ToString(CultureInfo.InvariantCulture)}% of each stratum";
        var strata = By == StratifyBy.Coder
            ? "one stratum per coder"
            : "dollar strata " + string.Join("; ", Enumerable.Range(0, Boundaries.Count + 1).Select(DollarStratumLabel));
        return $"Stratified random sample, {strata}; {allocation} ({SparesPerStratum} spares per stratum); {SeedingText()}";
    }
}
