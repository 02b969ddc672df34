namespace CodingAudit.Reports.Model;

/// <summary>The dates of service the audit covers, both ends inclusive.</summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "The period ends before it starts.");
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }
    public string Label => $"{Start:yyyy-MM-dd} to {End:yyyy-MM-dd}";
}
