namespace CodingAudit.Domain.Sampling;

/// <summary>RAT-STATS single-stage random numbers and random number sets (ratstats.md section 1).</summary>
public static class RatStatsRandomNumbers
{
    /// <summary>
    /// Draws <paramref name="count"/> distinct numbers in [<paramref name="low"/>, <paramref name="high"/>] and then
    /// <paramref name="spares"/> more, from a generator seeded with <paramref name="seed"/>; repeats are discarded.
    /// </summary>
    public static RandomNumberResult Draw(decimal seed, long low, long high, int count, int spares = 0) =>
        Draw(new RatStatsGenerator(seed), seed, low, high, count, spares);

    /// <summary>As <see cref="Draw(decimal, long, long, int, int)"/>, continuing an existing generator.</summary>
    public static RandomNumberResult Draw(RatStatsGenerator generator, decimal seed, long low, long high, int count, int spares)
    {
        ArgumentNullException.ThrowIfNull(generator);
        if (high < low) throw new ArgumentOutOfRangeException(nameof(high), high, $"The high end ({high}) is below the low end ({low}).");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
        if (spares < 0) throw new ArgumentOutOfRangeException(nameof(spares), spares, "The number of spares cannot be negative.");
        var size = high - low + 1;
        if (count + (long)spares > size)
            throw new ArgumentOutOfRangeException(nameof(count), count,
                $"Cannot draw {count} numbers and {spares} spares without repeats from a range of {size}.");
        var seen = new HashSet<long>();
        var order = new List<long>(count + spares);
        while (order.Count < count + spares)
        {
            var value = generator.NextInRange(low, high);
            if (seen.Add(value)) order.Add(value);
        }
        var sample = order.Take(count).Select((v, i) => new SelectedNumber(v, i + 1)).OrderBy(s => s.Value).ToArray();
        var spareNumbers = order.Skip(count).Select((v, i) => new SelectedNumber(v, count + i + 1)).ToArray();
        return new RandomNumberResult(seed, low, high, order, sample, spareNumbers);
    }

    /// <summary>
    /// Draws sets of 2 to 4 numbers (e.g. page and line), one uniform per component in order, each mapped to its own
    /// range; a repeated whole set is redrawn. The sample is sorted by the components in order.
    /// </summary>
    public static RandomSetResult DrawSets(decimal seed, IReadOnlyList<NumberRange> ranges, int count, int spares = 0)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count is < 2 or > 4) throw new ArgumentOutOfRangeException(nameof(ranges), ranges.Count, "Sets have 2, 3 or 4 numbers.");
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
        if (spares < 0) throw new ArgumentOutOfRangeException(nameof(spares), spares, "The number of spares cannot be negative.");
        var combinations = ranges.Aggregate(1.0, (product, r) => product * r.Size);
        if (count + spares > combinations)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Cannot draw {count + spares} distinct sets from {combinations} combinations.");
        var generator = new RatStatsGenerator(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<long[]>(count + spares);
        while (order.Count < count + spares)
        {
            var set = ranges.Select(r => generator.NextInRange(r.Low, r.High)).ToArray();
            if (seen.Add(string.Join(',', set))) order.Add(set);
        }
        var sample = order.Take(count).Select((v, i) => new SelectedSet(v, i + 1)).ToList();
        sample.Sort(static (x, y) =>
        {
            for (var i = 0; i < x.Values.Count; i++)
            {
                var c = x.Values[i].CompareTo(y.Values[i]);
                if (c != 0) return c;
            }
            return 0;
        });
        var spareSets = order.Skip(count).Select((v, i) => new SelectedSet(v, count + i + 1)).ToArray();
        return new RandomSetResult(seed, ranges.ToArray(), sample, spareSets);
    }
}

/// <summary>An inclusive integer range [Low, High].</summary>
public sealed record NumberRange
{
    public NumberRange(long low, long high)
    {
        if (high < low) throw new ArgumentOutOfRangeException(nameof(high), high, $"The high end ({high}) is below the low end ({low}).");
        Low = low;
        High = high;
    }

    public long Low { get; }
    public long High { get; }
    public long Size => High - Low + 1;
}

/// <summary>A drawn set of numbers with its 1-based selection order.</summary>
public sealed record SelectedSet(IReadOnlyList<long> Values, int Order);

/// <summary>The output of RAT-STATS random number sets: the sample sorted, the spares in selection order.</summary>
public sealed record RandomSetResult(decimal Seed, IReadOnlyList<NumberRange> Ranges, IReadOnlyList<SelectedSet> Sample, IReadOnlyList<SelectedSet> Spares);
