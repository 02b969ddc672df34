namespace CodingAudit.Reports.Model;

/// <summary>A rate (successes out of trials) with its two-sided 95% confidence interval.</summary>
/// <remarks>The interval comes from the scoring code; <see cref="Method"/> names it (e.g. "Wilson score").</remarks>
public sealed record Proportion
{
    public Proportion(int successes, int trials, double lower, double upper, string method)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials cannot be negative.");
        if (successes < 0 || successes > trials) throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes must be within 0..trials.");
        if (lower > upper) throw new ArgumentOutOfRangeException(nameof(lower), lower, "Lower limit above upper limit.");
        Successes = successes;
        Trials = trials;
        Lower = lower;
        Upper = upper;
        Method = method;
    }

    public int Successes { get; }
    public int Trials { get; }
    public double Lower { get; }
    public double Upper { get; }
    public string Method { get; }
    public double Value => Trials == 0 ? 0 : (double)Successes / Trials;

    /// <summary>The Wilson score interval at 95%; used by <see cref="SampleReports"/> and available to callers.</summary>
    public static Proportion Wilson(int successes, int trials)
    {
        if (trials == 0) return new Proportion(0, 0, 0, 1, "Wilson score");
        const double z = 1.959963984540;
        double n = trials, p = (double)successes / trials;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new Proportion(successes, trials, Math.Max(0, centre - half), Math.Min(1, centre + half), "Wilson score");
    }
}
