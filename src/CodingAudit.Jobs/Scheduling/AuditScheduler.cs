using CodingAudit.Domain.Audits;
using Hangfire;

namespace CodingAudit.Jobs.Scheduling;

/// <summary>Keeps Hangfire's recurring jobs in step with the stored plans.</summary>
/// <remarks>
/// Misfires are handled strictly: when the workers were down at a scheduled time, every missed occurrence is still
/// created (with its own scheduled time), so each missed month gets its audit instead of being silently skipped.
/// The one-run-per-plan-and-period rule makes a catch-up after a manual run harmless.
/// </remarks>
public sealed class AuditScheduler(IRecurringJobManager recurring)
{
    public const string Prefix = "audit-plan:";

    /// <summary>Adds or updates the recurring job of each active plan and removes those of inactive or deleted plans.</summary>
    public ScheduleChanges Apply(IReadOnlyCollection<AuditPlan> plans, IEnumerable<string> existingRecurringIds)
    {
        var registered = new List<string>();
        foreach (var plan in plans.Where(p => p is { Active: true, Schedule: not null }))
        {
            var planId = plan.Id;
            recurring.AddOrUpdate<ScheduledAuditJob>(RecurringJobId(planId), AuditRunJobsQueue,
                job => job.Fire(planId, null, CancellationToken.None), plan.Schedule!.Cron,
                new RecurringJobOptions { TimeZone = plan.Schedule.TimeZone, MisfireHandling = MisfireHandlingMode.Strict });
            registered.Add(RecurringJobId(planId));
        }
        var removed = existingRecurringIds
            .Where(id => id.StartsWith(Prefix, StringComparison.Ordinal) && !registered.Contains(id))
            .ToList();
        foreach (var id in removed) recurring.RemoveIfExists(id);
        return new ScheduleChanges(registered, removed);
    }

    public static string RecurringJobId(string planId) => Prefix + planId;

    /// <summary>The plan's next scheduled time after <paramref name="after"/>, for display.</summary>
    public static DateTimeOffset? NextOccurrence(AuditSchedule schedule, DateTimeOffset after) =>
        Cronos.CronExpression.Parse(schedule.Cron).GetNextOccurrence(after, schedule.TimeZone);

    private const string AuditRunJobsQueue = Pipeline.AuditRunJobs.Queue;
}

public sealed record ScheduleChanges(IReadOnlyList<string> Registered, IReadOnlyList<string> Removed);
