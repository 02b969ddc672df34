namespace CodingAudit.Domain.Sampling;

/// <summary>One stratum's request in stratified random numbers: its range, quantity and spares.</summary>
public sealed record StratumRequest
{
    public StratumRequest(string name, long low, long high, int count, int spares = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (high < low) throw new ArgumentOutOfRangeException(nameof(high), high, $"Stratum '{name}': the high end ({high}) is below the low end ({low}).");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, $"Stratum '{name}': the count cannot be negative.");
        if (spares < 0) throw new ArgumentOutOfRangeException(nameof(spares), spares, $"Stratum '{name}': spares cannot be negative.");
        Name = name;
        Low = low;
        High = high;
        Count = count;
        Spares = spares;
    }

    public string Name { get; }
    public long Low { get; }
    public long High { get; }
    public int Count { get; }
    public int Spares { get; }
}

/// <summary>One stratum's random numbers, with the seed that re-draws it alone (null under a single stream, after the first).</summary>
public sealed record StratumNumbers(StratumRequest Stratum, int Index, decimal? Seed, RandomNumberResult Numbers);

/// <summary>
/// Stratified random numbers: each stratum drawn as RAT-STATS single-stage random numbers over its own range, seeded as
/// <see cref="StratumSeeding"/> says (seed + (h − 1) per stratum by default, or one stream across the strata in order).
/// The sampler's stratified designs draw exactly these numbers over 1..N_h.
/// </summary>
public static class StratifiedRandomNumbers
{
    public static IReadOnlyList<StratumNumbers> Draw(decimal seed, IReadOnlyList<StratumRequest> strata,
        StratumSeeding seeding = StratumSeeding.SeedPerStratum)
    {
        ArgumentNullException.ThrowIfNull(strata);
        RatStatsGenerator.CheckSeed(seed);
        if (strata.Count == 0) throw new ArgumentException("Give at least one stratum.", nameof(strata));
        var duplicate = strata.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Stratum '{duplicate.Key}' appears twice.", nameof(strata));
        var stream = seeding == StratumSeeding.SingleStream ? new RatStatsGenerator(seed) : null;
        var results = new List<StratumNumbers>(strata.Count);
        for (var h = 0; h < strata.Count; h++)
        {
            var s = strata[h];
            decimal? stratumSeed = stream is null ? seed + h : (h == 0 ? seed : null);
            var numbers = stream is null
                ? RatStatsRandomNumbers.Draw(stratumSeed!.Value, s.Low, s.High, s.Count, s.Spares)
                : RatStatsRandomNumbers.Draw(stream, seed, s.Low, s.High, s.Count, s.Spares);
            results.Add(new StratumNumbers(s, h + 1, stratumSeed, numbers));
        }
        return results;
    }
}
