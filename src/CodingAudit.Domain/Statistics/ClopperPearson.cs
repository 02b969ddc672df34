namespace CodingAudit.Domain.Statistics;

/// <summary>Exact (Clopper-Pearson) binomial confidence intervals.</summary>
/// <remarks>
/// For x successes in n trials and α = 1 - confidence: lower = Beta⁻¹(α/2; x, n-x+1) (0 when x = 0),
/// upper = Beta⁻¹(1-α/2; x+1, n-x) (1 when x = n). This is the interval whose binomial tails are each at most α/2,
/// so its coverage is never below the stated confidence.
/// </remarks>
public static class ClopperPearson
{
    /// <summary>The exact two-sided interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static ProportionInterval Interval(int successes, int trials, double confidence = 0.95)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials cannot be negative.");
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes must be between 0 and {trials}.");
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be strictly between 0 and 1.");
        if (trials == 0) return new ProportionInterval(0, 0, 0, 1, confidence);
        var alpha = 1 - confidence;
        var lower = successes == 0 ? 0 : BetaDistribution.Quantile(alpha / 2, successes, trials - successes + 1);
        var upper = successes == trials ? 1 : BetaDistribution.Quantile(1 - alpha / 2, successes + 1, trials - successes);
        return new ProportionInterval(successes, trials, lower, upper, confidence);
    }
}
