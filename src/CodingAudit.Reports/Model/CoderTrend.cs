namespace CodingAudit.Reports.Model;

/// <summary>A coder's monthly record accuracy, oldest month first (up to 12 points).</summary>
public sealed record CoderTrend(string CoderId, IReadOnlyList<TrendPoint> Points);

/// <summary>Record accuracy in one month (the first day of the month identifies it).</summary>
public sealed record TrendPoint(DateOnly Month, double Accuracy, int Records);
