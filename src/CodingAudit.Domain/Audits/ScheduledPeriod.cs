namespace CodingAudit.Domain.Audits;

/// <summary>Which period a scheduled run audits.</summary>
/// <remarks>The period comes from the run's scheduled time, never from the wall clock, so a run that fires late (or is
/// caught up after downtime) still audits the period it was scheduled for. The scheduled instant is read in the plan's
/// time zone, and the run audits the whole period before the one it falls in: a monthly run scheduled for
/// 1 March 06:00 America/New_York audits February.</remarks>
public static class ScheduledPeriod
{
    public static AuditPeriod For(DateTimeOffset scheduledAt, TimeZoneInfo timeZone, PeriodGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(scheduledAt, timeZone);
        return AuditPeriod.Containing(DateOnly.FromDateTime(local.DateTime), granularity).Previous();
    }
}
