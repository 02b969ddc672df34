namespace CodingAudit.Domain.Statistics;

/// <summary>A computed sample size with the inputs that produced it, for the methodology section of a report.</summary>
public sealed record SampleSizeResult(long Universe, double Confidence, long Size, double UncorrectedSize, string Formula);

/// <summary>Sample-size determination for attribute and variable samples.</summary>
/// <remarks>
/// Both use the two-sided normal critical value z and the finite population correction:
/// attribute n₀ = z²·p(1−p)/E², n = n₀/(1 + (n₀−1)/N); variable n₀ = (N·z·s/A)², n = n₀/(1 + n₀/N), where E is the
/// precision on the rate and A the precision on the universe total. Sizes are rounded up, and never exceed N.
/// </remarks>
public static class SampleSize
{
    /// <summary>The attribute sample size to estimate a rate near <paramref name="expectedRate"/> within ± <paramref name="precision"/>.</summary>
    public static SampleSizeResult Attribute(long universe, double expectedRate, double precision, double confidence)
    {
        CheckCommon(universe, confidence);
        if (!(expectedRate > 0 && expectedRate < 1))
            throw new ArgumentOutOfRangeException(nameof(expectedRate), expectedRate, "The expected rate must be strictly between 0 and 1.");
        if (!(precision > 0 && precision < 1))
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "The precision must be strictly between 0 and 1.");
        var z = NormalDistribution.TwoSidedCritical(confidence);
        var n0 = z * z * expectedRate * (1 - expectedRate) / (precision * precision);
        var n = n0 / (1 + (n0 - 1) / universe);
        return new SampleSizeResult(universe, confidence, Clamp(n, universe), n0, "n0 = z^2 p(1-p) / E^2; n = n0 / (1 + (n0 - 1) / N)");
    }

    /// <summary>The variable sample size to estimate the universe total within ± <paramref name="precisionOnTotal"/>, given a standard deviation per item.</summary>
    public static SampleSizeResult Variable(long universe, double standardDeviation, double precisionOnTotal, double confidence)
    {
        CheckCommon(universe, confidence);
        if (!(standardDeviation >= 0) || !double.IsFinite(standardDeviation))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The standard deviation must be >= 0.");
        if (!(precisionOnTotal > 0) || !double.IsFinite(precisionOnTotal))
            throw new ArgumentOutOfRangeException(nameof(precisionOnTotal), precisionOnTotal, "The precision must be > 0.");
        var z = NormalDistribution.TwoSidedCritical(confidence);
        var root = universe * z * standardDeviation / precisionOnTotal;
        var n0 = root * root;
        var n = n0 / (1 + n0 / universe);
        return new SampleSizeResult(universe, confidence, Math.Max(2, Clamp(n, universe)), n0, "n0 = (N z s / A)^2; n = n0 / (1 + n0 / N)");
    }

    /// <summary>
    /// The variable sample size from a probe sample: s and the mean from <paramref name="probe"/>, precision as a
    /// fraction of the projected total (0.25 = ±25% of N·mean).
    /// </summary>
    public static SampleSizeResult VariableFromProbe(IReadOnlyList<double> probe, long universe, double confidence, double relativePrecision)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.Count < 2) throw new ArgumentOutOfRangeException(nameof(probe), probe.Count, "A probe sample needs at least 2 values.");
        if (!(relativePrecision > 0 && relativePrecision < 1))
            throw new ArgumentOutOfRangeException(nameof(relativePrecision), relativePrecision, "The relative precision must be strictly between 0 and 1.");
        CheckCommon(universe, confidence);
        var (_, mean, sd, _) = VariableAppraisal.Moments(probe, Math.Max(universe, probe.Count));
        if (!(mean > 0))
            throw new ArgumentOutOfRangeException(nameof(probe), mean, "A relative precision needs a probe sample with a positive mean.");
        return Variable(universe, sd, relativePrecision * universe * mean, confidence);
    }

    private static long Clamp(double n, long universe) => Math.Min(universe, (long)Math.Ceiling(n - 1e-9));

    private static void CheckCommon(long universe, double confidence)
    {
        if (universe < 1) throw new ArgumentOutOfRangeException(nameof(universe), universe, "The universe must hold at least one item.");
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be strictly between 0 and 1.");
    }
}
