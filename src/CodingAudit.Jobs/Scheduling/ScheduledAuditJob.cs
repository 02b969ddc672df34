using CodingAudit.Domain.Audits;
using CodingAudit.Jobs.Pipeline;
using Hangfire;
using Hangfire.Server;

namespace CodingAudit.Jobs.Scheduling;

/// <summary>
/// What a plan's recurring job runs: it works out the audited period from the occurrence's scheduled time (the "Time"
/// parameter Hangfire puts on every recurring job instance), starts the run and enqueues its first stage.
/// </summary>
public sealed class ScheduledAuditJob(IAuditRunStarter runs, IBackgroundJobClient jobs, TimeProvider clock)
{
    [Queue(AuditRunJobs.Queue), AutomaticRetry(Attempts = 3)]
    public async Task Fire(string planId, PerformContext? context, CancellationToken cancel)
    {
        var scheduledFor = ScheduledTime(context) ?? clock.GetUtcNow();
        var plan = await runs.PlanAsync(planId, cancel);
        var period = ScheduledPeriod.For(scheduledFor, plan.Schedule?.TimeZone ?? TimeZoneInfo.Utc, plan.Scope.Period);
        var (runId, created) = await runs.StartAsync(planId, period, scheduledFor, cancel);
        if (created) jobs.Enqueue<AuditRunJobs>(j => j.FreezeFrame(runId, CancellationToken.None));
    }

    private static DateTimeOffset? ScheduledTime(PerformContext? context)
    {
        var seconds = context?.GetJobParameter<long?>("Time");
        return seconds is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
    }
}
