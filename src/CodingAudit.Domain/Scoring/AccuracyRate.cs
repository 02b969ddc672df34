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
