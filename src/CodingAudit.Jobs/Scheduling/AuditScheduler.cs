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
    public ScheduleChanges Apply(IReadOnlyCollection<PlanSchedule> plans, IEnumerable<string> existingRecurringIds)
    {
        var registered = new List<string>();
        foreach (var plan in plans.Where(p => p.Active))
        {
            var planId = plan.PlanId;
            recurring.AddOrUpdate<ScheduledAuditJob>(plan.RecurringJobId, AuditRunJobsQueue,
                job => job.Fire(planId, null, CancellationToken.None), plan.Cron,
                new RecurringJobOptions { TimeZone = plan.TimeZone, MisfireHandling = MisfireHandlingMode.Strict });
            registered.Add(plan.RecurringJobId);
        }
        var removed = existingRecurringIds
            .Where(id => id.StartsWith(Prefix, StringComparison.Ordinal) && !registered.Contains(id))
            .ToList();
        foreach (var id in removed) recurring.RemoveIfExists(id);
        return new ScheduleChanges(registered, removed);
    }

    private const string AuditRunJobsQueue = Pipeline.AuditRunJobs.Queue;
}

public sealed record ScheduleChanges(IReadOnlyList<string> Registered, IReadOnlyList<string> Removed);
