namespace CodingAudit.Reports.Model;

/// <summary>One coder's results for the period.</summary>
/// <remarks><see cref="PreviousRecordAccuracy"/> is the prior period's record accuracy (null when not audited);
/// <see cref="TwelveMonthRecordAccuracy"/> the average over the previous 12 months.</remarks>
public sealed record CoderResult
{
    public required string CoderId { get; init; }
    public required string Name { get; init; }
    public required int Records { get; init; }
    public required int Codes { get; init; }
    public required int RecordsWithErrors { get; init; }
    public required int CodeErrors { get; init; }
    public required Proportion RecordAccuracy { get; init; }
    public required Proportion CodeAccuracy { get; init; }
    public required CoderStatus Status { get; init; }
    public double? PreviousRecordAccuracy { get; init; }
    public double? TwelveMonthRecordAccuracy { get; init; }
    public decimal NetAmount { get; init; }
    /// <summary>Error categories for this coder, most frequent first.</summary>
    public IReadOnlyList<ErrorCategoryCount> TopCategories { get; init; } = [];

    /// <summary>Change in record accuracy against the previous period, in fraction points (0.02 = +2 points).</summary>
    public double? ChangeVsPrevious => PreviousRecordAccuracy is { } p ? RecordAccuracy.Value - p : null;
}
