using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Scoring;

/// <summary>An accuracy rate (correct / total) with its exact interval and its status against the target.</summary>
public sealed record AccuracyRate(ProportionInterval Interval, double Target, TargetStatus Status)
{
    public int Correct => Interval.Successes;
    public int Total => Interval.Trials;
    public double Rate => Interval.Estimate;
    public double Lower => Interval.Lower;
    public double Upper => Interval.Upper;
    public string StatusText => TargetStatusText.Of(Status);

    /// <summary>The one-sided confidence of a "below target" or "meets target" verdict: (1 + interval confidence) / 2.</summary>
    public double VerdictConfidence => (1 + Interval.Confidence) / 2;

    /// <summary>A sentence for reports, e.g. "70.0% (7/10), 95% CI 34.8%-93.3%: below target 95% with 97.5% confidence".</summary>
    public string Describe()
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        static string P(double v) => (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
        var head = Total == 0
            ? "no items reviewed"
            : $"{P(Rate)} ({Correct.ToString(c)}/{Total.ToString(c)}), {(Interval.Confidence * 100).ToString("0.#", c)}% CI {P(Lower)}-{P(Upper)}";
        var verdict = Status switch
        {
            TargetStatus.BelowTarget or TargetStatus.MeetsTarget =>
                $"{StatusText} {P(Target)} with {(VerdictConfidence * 100).ToString("0.#", c)}% confidence",
            TargetStatus.InsufficientSample => $"{StatusText} to judge against {P(Target)}",
            _ => $"{StatusText} {P(Target)}",
        };
        return $"{head}: {verdict}";
    }

    /// <summary>Computes the rate, its Clopper-Pearson interval and its status.</summary>
    public static AccuracyRate Of(int correct, int total, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interval = ClopperPearson.Interval(correct, total, options.Confidence);
        return new AccuracyRate(interval, options.Target, StatusOf(interval, options));
    }

    /// <summary>The status rule documented on <see cref="TargetStatus"/>.</summary>
    public static TargetStatus StatusOf(ProportionInterval interval, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentNullException.ThrowIfNull(options);
        if (interval.Trials == 0) return TargetStatus.InsufficientSample;
        if (interval.Upper < options.Target) return TargetStatus.BelowTarget;
        if (interval.Lower >= options.Target) return TargetStatus.MeetsTarget;
        return interval.Width > options.MaxDecisionWidth ? TargetStatus.InsufficientSample : TargetStatus.ConsistentWithTarget;
    }
}
