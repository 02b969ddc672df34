namespace CodingAudit.Domain.Statistics;

/// <summary>One stratum's input to a stratified attribute appraisal.</summary>
public sealed record AttributeStratum(string Name, long Universe, long Sample, long Errors);

/// <summary>Overall limits of a stratified attribute appraisal at one confidence level (items in error, not rounded).</summary>
public sealed record StratifiedAttributeLimits(double Confidence, double Lower, double Upper);

/// <summary>A stratified attribute appraisal: each stratum with exact limits, and the overall normal-approximation limits.</summary>
public sealed record StratifiedAttributeAppraisalResult(
    IReadOnlyList<AttributeAppraisalResult> Strata,
    long Universe,
    long Sample,
    long Errors,
    double PointEstimate,
    double StandardError,
    IReadOnlyList<StratifiedAttributeLimits> Levels);

/// <summary>Stratified attribute appraisal (ratstats.md section 4: normal approximation over strata).</summary>
/// <remarks>
/// p_h = x_h/n_h; estimate = Σ N_h·p_h; Var = Σ N_h²·(1 − n_h/N_h)·p_h(1 − p_h)/(n_h − 1); limits = estimate ∓ z·√Var,
/// clipped to [0, N]. A stratum with n_h = 1 contributes no variance term (it cannot estimate one).
/// </remarks>
public static class StratifiedAttributeAppraisal
{
    public static StratifiedAttributeAppraisalResult Appraise(IReadOnlyList<AttributeStratum> strata,
        IReadOnlyList<double>? confidences = null)
    {
        ArgumentNullException.ThrowIfNull(strata);
        if (strata.Count == 0) throw new ArgumentException("A stratified appraisal needs at least one stratum.", nameof(strata));
        var levels = confidences ?? ConfidenceLevels.RatStats;
        var perStratum = strata.Select(s => AttributeAppraisal.Appraise(s.Universe, s.Sample, s.Errors, false, levels, s.Name)).ToArray();
        double point = 0, variance = 0;
        foreach (var s in strata)
        {
            var p = (double)s.Errors / s.Sample;
            point += s.Universe * p;
            if (s.Sample > 1)
                variance += (double)s.Universe * s.Universe * (1 - (double)s.Sample / s.Universe) * p * (1 - p) / (s.Sample - 1);
        }
        var universe = strata.Sum(s => s.Universe);
        var se = Math.Sqrt(variance);
        var limits = levels.Select(c =>
        {
            var z = NormalDistribution.TwoSidedCritical(c);
            return new StratifiedAttributeLimits(c, Math.Max(0, point - z * se), Math.Min(universe, point + z * se));
        }).ToArray();
        return new StratifiedAttributeAppraisalResult(perStratum, universe, strata.Sum(s => s.Sample), strata.Sum(s => s.Errors),
            point, se, limits);
    }
}
