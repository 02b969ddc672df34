namespace CodingAudit.Domain.Statistics;

/// <summary>Limits on the number of items in error in the universe at one confidence level.</summary>
public sealed record AttributeLimits(double Confidence, long Lower, long Upper);

/// <summary>An attribute appraisal: the projected number of universe items in error, with exact limits.</summary>
/// <remarks><see cref="Stratum"/> is null for an unrestricted appraisal.</remarks>
public sealed record AttributeAppraisalResult(
    string? Stratum,
    long Universe,
    long Sample,
    long Errors,
    bool OneSided,
    double PointEstimate,
    IReadOnlyList<AttributeLimits> Levels)
{
    /// <summary>The sample error rate x/n.</summary>
    public double SampleRate => Sample == 0 ? 0 : (double)Errors / Sample;

    public AttributeLimits At(double confidence) =>
        Levels.FirstOrDefault(l => Math.Abs(l.Confidence - confidence) < 1e-9)
        ?? throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "This appraisal has no such level.");
}

/// <summary>RAT-STATS attribute appraisal with exact hypergeometric limits (ratstats.md section 3).</summary>
/// <remarks>
/// With tail = (1 - confidence)/2 (two-sided) or 1 - confidence (one-sided, each limit on its own):
/// the upper limit is the largest K with P(X &lt;= x | N, K, n) &gt; tail, the lower limit the smallest K with
/// P(X &gt;= x | N, K, n) &gt; tail. Both are found by bisection on K, the tail probabilities being monotone in K.
/// </remarks>
public static class AttributeAppraisal
{
    /// <summary>Appraises <paramref name="errors"/> items in error in a sample of <paramref name="sample"/> from <paramref name="universe"/>.</summary>
    public static AttributeAppraisalResult Appraise(long universe, long sample, long errors, bool oneSided = false,
        IReadOnlyList<double>? confidences = null, string? stratum = null)
    {
        if (universe < 1) throw new ArgumentOutOfRangeException(nameof(universe), universe, "The universe must hold at least one item.");
        if (sample < 1 || sample > universe)
            throw new ArgumentOutOfRangeException(nameof(sample), sample, $"The sample size must be between 1 and the universe size {universe}.");
        if (errors < 0 || errors > sample)
            throw new ArgumentOutOfRangeException(nameof(errors), errors, $"The number of errors must be between 0 and the sample size {sample}.");
        var levels = confidences ?? ConfidenceLevels.RatStats;
        ConfidenceLevels.Check(levels, nameof(confidences));
        var limits = levels
            .Select(c => Limits(universe, sample, errors, oneSided ? 1 - c : (1 - c) / 2, c))
            .ToArray();
        return new AttributeAppraisalResult(stratum, universe, sample, errors, oneSided, (double)universe * errors / sample, limits);
    }

    private static AttributeLimits Limits(long universe, long sample, long errors, double tail, double confidence)
    {
        // K can be no less than the errors seen and no more than leaves room for the n - x clean items seen.
        var minK = errors;
        var maxK = universe - (sample - errors);

        // Upper: largest K with P(X <= x | K) > tail; that probability falls as K grows.
        long lo = minK, hi = maxK;
        while (lo < hi)
        {
            var mid = lo + (hi - lo + 1) / 2;
            if (HypergeometricDistribution.Cdf(errors, universe, mid, sample) > tail) lo = mid;
            else hi = mid - 1;
        }
        var upper = lo;

        // Lower: smallest K with P(X >= x | K) > tail; that probability rises as K grows.
        lo = minK;
        hi = maxK;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (HypergeometricDistribution.Survival(errors, universe, mid, sample) > tail) hi = mid;
            else lo = mid + 1;
        }
        return new AttributeLimits(confidence, lo, upper);
    }
}
