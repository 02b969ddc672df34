using Hangfire;

namespace CodingAudit.Jobs.Pipeline;

/// <summary>
/// The pipeline's Hangfire jobs. Thin on purpose: each takes the run id, calls its stage, and enqueues what follows.
/// Fan-out and fan-in work without Hangfire Pro batches: the sample stage enqueues one job per shard, and the shard
/// that completes the last outstanding shard (decided by the database, see <see cref="IAuditStages.CheckSampleShardAsync"/>)
/// enqueues aggregation.
/// </summary>
/// <remarks>
/// Hangfire delivers at least once. A job that crashes after its stage finished but before Hangfire recorded success
/// runs again; its stage then finds its work done and the continuation is enqueued again, which the next stage
/// treats as a no-op; a fan-out stage enqueues again only the shards that have not finished. So a duplicate delivery
/// costs a little work and never duplicates findings or reports.
/// </remarks>
public sealed class AuditRunJobs(IAuditStages stages, IBackgroundJobClient jobs)
{
    public const string Queue = "audit";

    [Queue(Queue), AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task FreezeFrame(long runId, CancellationToken cancel)
    {
        var shards = ShardedStage.AllPending(0);
        await Guard(runId, "frame", async () => shards = await stages.FreezeFrameAsync(runId, cancel), cancel);
        if (shards.Total == 0)
        {
            jobs.Enqueue<AuditRunJobs>(j => j.DrawSample(runId, CancellationToken.None));
            return;
        }
        foreach (var shard in shards.Pending)
            jobs.Enqueue<AuditRunJobs>(j => j.CheckPopulationShard(runId, shard, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task CheckPopulationShard(long runId, int shard, CancellationToken cancel)
    {
        var completedLast = false;
        await Guard(runId, $"population shard {shard}", async () => completedLast = await stages.CheckPopulationShardAsync(runId, shard, cancel), cancel);
        if (completedLast) jobs.Enqueue<AuditRunJobs>(j => j.DrawSample(runId, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task DrawSample(long runId, CancellationToken cancel)
    {
        var shards = ShardedStage.AllPending(0);
        await Guard(runId, "sample", async () => shards = await stages.DrawSampleAsync(runId, cancel), cancel);
        if (shards.Total == 0)
        {
            jobs.Enqueue<AuditRunJobs>(j => j.Aggregate(runId, CancellationToken.None));
            return;
        }
        foreach (var shard in shards.Pending)
            jobs.Enqueue<AuditRunJobs>(j => j.CheckSampleShard(runId, shard, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task CheckSampleShard(long runId, int shard, CancellationToken cancel)
    {
        var completedLast = false;
        await Guard(runId, $"sample shard {shard}", async () => completedLast = await stages.CheckSampleShardAsync(runId, shard, cancel), cancel);
        if (completedLast) jobs.Enqueue<AuditRunJobs>(j => j.Aggregate(runId, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task Aggregate(long runId, CancellationToken cancel)
    {
        await Guard(runId, "aggregate", () => stages.AggregateAsync(runId, cancel), cancel);
        jobs.Enqueue<AuditRunJobs>(j => j.Render(runId, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task Render(long runId, CancellationToken cancel)
    {
        await Guard(runId, "render", () => stages.RenderAsync(runId, cancel), cancel);
        jobs.Enqueue<AuditRunJobs>(j => j.Publish(runId, CancellationToken.None));
    }

    [Queue(Queue), AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task Publish(long runId, CancellationToken cancel) =>
        Guard(runId, "publish", () => stages.PublishAsync(runId, cancel), cancel);

    private async Task Guard(long runId, string stage, Func<Task> work, CancellationToken cancel)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded for `audit status`; rethrown so Hangfire retries and, after the last attempt, marks the job failed.
            await stages.RecordFailureAsync(runId, stage, e.Message, cancel);
            throw;
        }
    }
}
