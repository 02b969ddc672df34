using System.Globalization;

namespace CodingAudit.Reports;

/// <summary>How numbers read in every report: percentages with one decimal, dollars with cents, invariant culture.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Invariant) + "%";

    public static string Interval(double lower, double upper) => $"{Percent(lower)}–{Percent(upper)}";

    public static string Money(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", Invariant);

    public static string Whole(decimal amount) => amount.ToString("#,##0", Invariant);

    public static string Count(long value) => value.ToString("#,##0", Invariant);

    /// <summary>A change in fraction points as percentage points, signed ("+1.2 pts").</summary>
    public static string Points(double? change) => change is { } c
        ? (c >= 0 ? "+" : "") + (c * 100).ToString("0.0", Invariant) + " pts"
        : "n/a";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
