namespace CodingAudit.Domain.Statistics;

/// <summary>The confidence levels RAT-STATS reports in its appraisals: 80%, 90% and 95%, two-sided.</summary>
public static class ConfidenceLevels
{
    public static IReadOnlyList<double> RatStats { get; } = [0.80, 0.90, 0.95];

    /// <summary>The level as a whole percentage ("80", "90", "95"), the key the JSON outputs use.</summary>
    public static string Key(double confidence) =>
        Math.Round(confidence * 100, 6).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    internal static void Check(IEnumerable<double> levels, string paramName)
    {
        foreach (var level in levels)
        {
            if (!(level > 0 && level < 1))
                throw new ArgumentOutOfRangeException(paramName, level, "Confidence levels must be strictly between 0 and 1.");
        }
    }
}
