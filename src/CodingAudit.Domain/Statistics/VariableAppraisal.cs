namespace CodingAudit.Domain.Statistics;

/// <summary>Limits on the universe total at one confidence level.</summary>
/// <remarks><see cref="PrecisionPercent"/> is precision / point estimate × 100, and 0 when the mean is not positive.</remarks>
public sealed record VariableLimits(double Confidence, double Lower, double Upper, double Precision, double PrecisionPercent);

/// <summary>A variable appraisal of one sample (or one stratum, or the stratified overall figures).</summary>
/// <remarks>
/// <see cref="StandardDeviation"/> is null for the stratified overall result, which has no single sample deviation.
/// <see cref="Stratum"/> is null for an unrestricted appraisal and "overall" for the stratified total.
/// </remarks>
public sealed record VariableAppraisalResult(
    string? Stratum,
    long Universe,
    int Sample,
    double Sum,
    double Mean,
    double? StandardDeviation,
    double PointEstimate,
    double StandardErrorTotal,
    IReadOnlyList<VariableLimits> Levels)
{
    public VariableLimits At(double confidence) =>
        Levels.FirstOrDefault(l => Math.Abs(l.Confidence - confidence) < 1e-9)
        ?? throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "This appraisal has no such level.");
}

/// <summary>One stratum's input to a stratified variable appraisal.</summary>
public sealed record VariableStratum(string Name, long Universe, IReadOnlyList<double> Values);

/// <summary>A stratified variable appraisal: each stratum, and the overall projection.</summary>
public sealed record StratifiedVariableAppraisalResult(IReadOnlyList<VariableAppraisalResult> Strata, VariableAppraisalResult Overall);

/// <summary>RAT-STATS variable appraisal, unrestricted and stratified (ratstats.md section 2).</summary>
/// <remarks>
/// mean = Σx/n; s = √((Σx² − (Σx)²/n)/(n−1)), 0 when not positive; SE(total) = N·s/√n·√((N−n)/N); T = N·mean.
/// Unrestricted limits are T ∓ t·SE(total), t two-sided with n−1 degrees of freedom. Stratified: T = ΣT_h,
/// SE = √ΣSE_h², limits with the normal quantile z.
/// </remarks>
public static class VariableAppraisal
{
    /// <summary>Appraises <paramref name="values"/> (one per sampled item, e.g. the overpayment) from a universe of <paramref name="universe"/>.</summary>
    public static VariableAppraisalResult Unrestricted(IReadOnlyList<double> values, long universe,
        IReadOnlyList<double>? confidences = null, string? stratum = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
            throw new ArgumentOutOfRangeException(nameof(values), values.Count, "A variable appraisal needs at least 2 sample values.");
        if (universe < values.Count)
            throw new ArgumentOutOfRangeException(nameof(universe), universe, $"The universe ({universe}) is smaller than the sample ({values.Count}).");
        var levels = confidences ?? ConfidenceLevels.RatStats;
        ConfidenceLevels.Check(levels, nameof(confidences));
        var n = values.Count;
        var (sum, mean, sd, seTotal) = Moments(values, universe);
        var point = universe * mean;
        var limits = levels.Select(c =>
        {
            var t = StudentTDistribution.TwoSidedCritical(c, n - 1);
            return MakeLimits(c, point, t * seTotal, mean);
        }).ToArray();
        return new VariableAppraisalResult(stratum, universe, n, sum, mean, sd, point, seTotal, limits);
    }

    /// <summary>Appraises a stratified sample: each stratum unrestricted (t), the overall total with z.</summary>
    public static StratifiedVariableAppraisalResult Stratified(IReadOnlyList<VariableStratum> strata,
        IReadOnlyList<double>? confidences = null)
    {
        ArgumentNullException.ThrowIfNull(strata);
        if (strata.Count == 0) throw new ArgumentException("A stratified appraisal needs at least one stratum.", nameof(strata));
        var duplicate = strata.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Stratum '{duplicate.Key}' appears twice.", nameof(strata));
        var levels = confidences ?? ConfidenceLevels.RatStats;
        var results = strata.Select(s => Unrestricted(s.Values, s.Universe, levels, s.Name)).ToArray();
        var universe = results.Sum(r => r.Universe);
        var sample = results.Sum(r => r.Sample);
        var point = results.Sum(r => r.PointEstimate);
        var se = Math.Sqrt(results.Sum(r => r.StandardErrorTotal * r.StandardErrorTotal));
        var mean = point / universe;
        var limits = levels.Select(c => MakeLimits(c, point, NormalDistribution.TwoSidedCritical(c) * se, mean)).ToArray();
        var overall = new VariableAppraisalResult("overall", universe, sample, results.Sum(r => r.Sum), mean, null, point, se, limits);
        return new StratifiedVariableAppraisalResult(results, overall);
    }

    internal static (double Sum, double Mean, double StandardDeviation, double StandardErrorTotal) Moments(
        IReadOnlyList<double> values, long universe)
    {
        var n = values.Count;
        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) throw new ArgumentException("Sample values must be finite numbers.", nameof(values));
            sum += v;
            sumSquares += v * v;
        }
        var mean = sum / n;
        var variance = (sumSquares - sum * sum / n) / (n - 1);
        var sd = variance > 0 ? Math.Sqrt(variance) : 0;
        var seTotal = universe * sd / Math.Sqrt(n) * Math.Sqrt((double)(universe - n) / universe);
        return (sum, mean, sd, seTotal);
    }

    private static VariableLimits MakeLimits(double confidence, double point, double precision, double mean) =>
        new(confidence, point - precision, point + precision, precision, mean > 0 ? precision / point * 100 : 0);
}
