using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Sampling;

/// <summary>One reviewed claim of an OIG discovery sample: what was paid, and the over- and underpayment found.</summary>
public sealed record ReviewedPayment(string ClaimId, decimal Paid, decimal Overpayment, decimal Underpayment)
{
    /// <summary>The net overpayment (overpayment − underpayment), the variable a full sample projects.</summary>
    public decimal Difference => Overpayment - Underpayment;
}

/// <summary>The outcome of an OIG discovery sample and, when triggered, the size of the full sample.</summary>
/// <remarks><see cref="FullSampleSize"/> is null when no full sample is needed or the probe cannot size one (mean not positive).</remarks>
public sealed record OigDiscoveryResult(
    int SampleSize,
    decimal TotalPaid,
    decimal Overpayments,
    decimal Underpayments,
    double NetErrorRate,
    double Threshold,
    bool FullSampleRequired,
    SampleSizeResult? FullSampleSize);

/// <summary>The OIG Corporate Integrity Agreement claims review arithmetic.</summary>
/// <remarks>
/// Net error rate = (overpayments − underpayments) / total paid over the discovery sample. At 5% or more a full
/// statistically valid sample follows; its size is computed the way CIA claims reviews size it: the discovery sample
/// serves as the probe, and the variable sample size (<see cref="SampleSize.VariableFromProbe"/>) is taken at 90%
/// two-sided confidence and a precision of 25% of the projected net overpayment. CIAs vary; the two parameters are
/// arguments so a specific agreement's terms can be used.
/// </remarks>
public static class OigClaimsReview
{
    public const double NetErrorThreshold = 0.05;
    public const double FullSampleConfidence = 0.90;
    public const double FullSampleRelativePrecision = 0.25;

    /// <summary>Evaluates a discovery sample drawn from a universe of <paramref name="universe"/> claims.</summary>
    public static OigDiscoveryResult EvaluateDiscovery(IReadOnlyList<ReviewedPayment> sample, long universe,
        double confidence = FullSampleConfidence, double relativePrecision = FullSampleRelativePrecision)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0) throw new ArgumentException("The discovery sample is empty.", nameof(sample));
        if (universe < sample.Count)
            throw new ArgumentOutOfRangeException(nameof(universe), universe, $"The universe ({universe}) is smaller than the sample ({sample.Count}).");
        var paid = sample.Sum(s => s.Paid);
        if (paid <= 0) throw new ArgumentException("The discovery sample's total paid must be positive.", nameof(sample));
        var over = sample.Sum(s => s.Overpayment);
        var under = sample.Sum(s => s.Underpayment);
        var rate = (double)((over - under) / paid);
        var required = rate >= NetErrorThreshold;
        SampleSizeResult? size = null;
        var differences = sample.Select(s => (double)s.Difference).ToArray();
        if (required && sample.Count >= 2 && differences.Average() > 0)
            size = SampleSize.VariableFromProbe(differences, universe, confidence, relativePrecision);
        return new OigDiscoveryResult(sample.Count, paid, over, under, rate, NetErrorThreshold, required, size);
    }
}
