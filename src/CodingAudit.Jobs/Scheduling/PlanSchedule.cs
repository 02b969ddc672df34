using Cronos;

namespace CodingAudit.Jobs.Scheduling;

/// <summary>When a plan runs: a cron expression read in an IANA time zone.</summary>
public sealed record PlanSchedule
{
    public PlanSchedule(string planId, string cron, string timeZone, bool active = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        try
        {
            CronExpression.Parse(cron);
        }
        catch (CronFormatException e)
        {
            throw new ArgumentException($"plan {planId}: '{cron}' is not a cron expression ({e.Message})", nameof(cron), e);
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
            throw new ArgumentException($"plan {planId}: unknown time zone '{timeZone}' (use an IANA id such as America/New_York)", nameof(timeZone));
        PlanId = planId;
        Cron = cron;
        TimeZone = zone;
        Active = active;
    }

    public string PlanId { get; }
    public string Cron { get; }
    public TimeZoneInfo TimeZone { get; }
    public bool Active { get; }

    /// <summary>The Hangfire recurring-job id for the plan.</summary>
    public string RecurringJobId => "audit-plan:" + PlanId;

    /// <summary>The next occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        CronExpression.Parse(Cron).GetNextOccurrence(after, TimeZone);
}
