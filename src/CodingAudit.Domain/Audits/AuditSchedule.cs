namespace CodingAudit.Domain.Audits;

/// <summary>When a plan runs: a five-field cron expression (minute hour day-of-month month day-of-week) in an IANA time zone.</summary>
/// <remarks>The expression is checked here for shape and ranges (the Jobs project computes occurrences). The time zone
/// must be known to the machine's time zone database, e.g. "America/New_York".</remarks>
public sealed record AuditSchedule
{
    public AuditSchedule(string cron, string timeZone)
    {
        var problem = CronCheck.Problem(cron);
        if (problem is not null) throw new ArgumentException($"Cron expression '{cron}': {problem}", nameof(cron));
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        try
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZone.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{timeZone}': use an IANA name such as America/New_York.", nameof(timeZone), e);
        }
        Cron = string.Join(' ', cron.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        TimeZoneId = timeZone.Trim();
    }

    public string Cron { get; }
    public string TimeZoneId { get; }
    public TimeZoneInfo TimeZone { get; }
}
