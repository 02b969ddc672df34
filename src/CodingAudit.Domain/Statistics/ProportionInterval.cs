namespace CodingAudit.Domain.Statistics;

/// <summary>A proportion <see cref="Successes"/>/<see cref="Trials"/> with a two-sided confidence interval.</summary>
/// <remarks>
/// <see cref="Estimate"/> is 0 when there are no trials; the interval is then [0, 1]. <see cref="Confidence"/> is the
/// two-sided level (0.95 for a 95% interval).
/// </remarks>
public sealed record ProportionInterval
{
    public ProportionInterval(int successes, int trials, double lower, double upper, double confidence)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials cannot be negative.");
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes must be between 0 and {trials}.");
        if (!(lower >= 0 && lower <= upper && upper <= 1))
            throw new ArgumentOutOfRangeException(nameof(lower), $"Need 0 <= lower <= upper <= 1, got [{lower}, {upper}].");
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be strictly between 0 and 1.");
        Successes = successes;
        Trials = trials;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
    }

    public int Successes { get; }
    public int Trials { get; }
    public double Lower { get; }
    public double Upper { get; }
    public double Confidence { get; }

    public double Estimate => Trials == 0 ? 0 : (double)Successes / Trials;
    public double Width => Upper - Lower;
}
