namespace CodingAudit.Domain.Statistics;

/// <summary>
/// The hypergeometric distribution: the number of marked items in a sample of n drawn without replacement from a
/// universe of N holding K marked items.
/// </summary>
public static class HypergeometricDistribution
{
    /// <summary>P(X = k).</summary>
    public static double Pmf(long k, long universe, long marked, long sample)
    {
        Check(universe, marked, sample);
        if (k < Math.Max(0, sample - (universe - marked)) || k > Math.Min(sample, marked)) return 0;
        return Math.Exp(SpecialFunctions.LogChoose(marked, k) + SpecialFunctions.LogChoose(universe - marked, sample - k)
            - SpecialFunctions.LogChoose(universe, sample));
    }

    /// <summary>P(X &lt;= k).</summary>
    public static double Cdf(long k, long universe, long marked, long sample)
    {
        Check(universe, marked, sample);
        var min = Math.Max(0, sample - (universe - marked));
        var max = Math.Min(sample, marked);
        if (k < min) return 0;
        if (k >= max) return 1;
        return SumRange(min, k, universe, marked, sample);
    }

    /// <summary>P(X &gt;= k).</summary>
    public static double Survival(long k, long universe, long marked, long sample)
    {
        Check(universe, marked, sample);
        var min = Math.Max(0, sample - (universe - marked));
        var max = Math.Min(sample, marked);
        if (k <= min) return 1;
        if (k > max) return 0;
        return SumRange(k, max, universe, marked, sample);
    }

    // Terms by the ratio recurrence outward from the largest term in the range (the one nearest the mode), so no
    // underflowed far-tail term can zero out the rest, and only one log-gamma evaluation is needed.
    private static double SumRange(long from, long to, long universe, long marked, long sample)
    {
        var mode = (long)Math.Floor((sample + 1.0) * (marked + 1.0) / (universe + 2.0));
        var anchor = Math.Clamp(mode, from, to);
        var anchorTerm = Math.Exp(SpecialFunctions.LogChoose(marked, anchor)
            + SpecialFunctions.LogChoose(universe - marked, sample - anchor) - SpecialFunctions.LogChoose(universe, sample));
        var sum = anchorTerm;
        var term = anchorTerm;
        for (var i = anchor; i < to; i++)
        {
            term *= (double)(marked - i) * (sample - i) / ((double)(i + 1) * (universe - marked - sample + i + 1));
            if (term == 0) break;
            sum += term;
        }
        term = anchorTerm;
        for (var i = anchor; i > from; i--)
        {
            term *= (double)i * (universe - marked - sample + i) / ((double)(marked - i + 1) * (sample - i + 1));
            if (term == 0) break;
            sum += term;
        }
        return Math.Min(sum, 1);
    }

    private static void Check(long universe, long marked, long sample)
    {
        if (universe < 1) throw new ArgumentOutOfRangeException(nameof(universe), universe, "The universe must hold at least one item.");
        if (marked < 0 || marked > universe) throw new ArgumentOutOfRangeException(nameof(marked), marked, $"Marked items must be between 0 and {universe}.");
        if (sample < 0 || sample > universe) throw new ArgumentOutOfRangeException(nameof(sample), sample, $"The sample must be between 0 and {universe}.");
    }
}
