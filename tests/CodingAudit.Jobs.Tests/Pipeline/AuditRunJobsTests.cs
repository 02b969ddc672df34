using System.Collections.Concurrent;
using CodingAudit.Jobs.Hosting;
using CodingAudit.Jobs.Pipeline;
using Hangfire;

namespace CodingAudit.Jobs.Tests.Pipeline;

/// <summary>The Hangfire mechanics of the pipeline, with stages that only record what was called.</summary>
public sealed class AuditRunJobsTests
{
    [Fact]
    public async Task Run_FansOutShards_AndAggregatesOnceAfterTheLast()
    {
        var stages = new RecordingStages(shards: 7);
        var storage = JobStorageFactory.Create(JobStorageSettings.InMemory, workerCount: 4);
        var client = new BackgroundJobClient(storage);
        using (new AuditJobServer(storage, type => type == typeof(AuditRunJobs) ? new AuditRunJobs(stages, client) : throw new InvalidOperationException(type.Name), 4))
        {
            client.Enqueue<AuditRunJobs>(j => j.FreezeFrame(42, CancellationToken.None));
            await stages.Published.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal("frame", stages.Calls.First());
        Assert.Equal(["population 0", "population 1", "population 2"], stages.Calls.Skip(1).Take(3).Order());
        Assert.Equal("sample", stages.Calls.ElementAt(4));
        Assert.Equal(1, stages.Calls.Count(c => c == "sample"));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"shard {i}").Order(), stages.Calls.Where(c => c.StartsWith("shard", StringComparison.Ordinal)).Order());
        Assert.Equal(1, stages.Calls.Count(c => c == "aggregate"));
        Assert.Equal(["aggregate", "render", "publish"], stages.Calls.TakeLast(3));
    }

    [Fact]
    public async Task FreezeFrame_DeliveredAgain_EnqueuesOnlyTheUnfinishedShards()
    {
        var stages = new RecordingStages(shards: 2) { PopulationFinished = [0, 2] };
        var storage = JobStorageFactory.Create(JobStorageSettings.InMemory, workerCount: 2);
        var client = new BackgroundJobClient(storage);
        using (new AuditJobServer(storage, _ => new AuditRunJobs(stages, client), 2))
        {
            client.Enqueue<AuditRunJobs>(j => j.FreezeFrame(9, CancellationToken.None));
            await stages.Published.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(["population 1"], stages.Calls.Where(c => c.StartsWith("population", StringComparison.Ordinal)));
        Assert.Equal(1, stages.Calls.Count(c => c == "sample"));
    }

    [Fact]
    public async Task Stage_Throwing_IsRecordedOnTheRun()
    {
        var stages = new RecordingStages(shards: 1) { FailSampleTimes = 1 };
        var storage = JobStorageFactory.Create(JobStorageSettings.InMemory, workerCount: 2);
        var client = new BackgroundJobClient(storage);
        using (new AuditJobServer(storage, _ => new AuditRunJobs(stages, client), 2))
        {
            client.Enqueue<AuditRunJobs>(j => j.FreezeFrame(7, CancellationToken.None));
            // Hangfire's first retry comes after a delay of its own choosing (tens of seconds); the failure is recorded at once.
            await stages.Failed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        Assert.Contains("sample: boom", stages.Failures);
    }

    private sealed class RecordingStages(int shards) : IAuditStages
    {
        private readonly int _shards = shards;
        private int _remaining = shards;
        public ConcurrentQueue<string> Calls { get; } = new();
        public ConcurrentQueue<string> Failures { get; } = new();
        public TaskCompletionSource Published { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Failed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int FailSampleTimes { get; set; }

        private int _populationRemaining = 3;

        /// <summary>Population shards already finished when the frame job runs (a re-delivered job).</summary>
        public int[] PopulationFinished { get; init; } = [];

        public Task<ShardedStage> FreezeFrameAsync(long runId, CancellationToken cancel)
        {
            Calls.Enqueue("frame");
            _populationRemaining = 3 - PopulationFinished.Length;
            return Task.FromResult(new ShardedStage(3, Enumerable.Range(0, 3).Except(PopulationFinished).ToList()));
        }

        public Task<bool> CheckPopulationShardAsync(long runId, int shard, CancellationToken cancel)
        {
            Calls.Enqueue($"population {shard}");
            return Task.FromResult(Interlocked.Decrement(ref _populationRemaining) == 0);
        }

        public Task<ShardedStage> DrawSampleAsync(long runId, CancellationToken cancel)
        {
            if (FailSampleTimes-- > 0) throw new InvalidOperationException("boom");
            Calls.Enqueue("sample");
            return Task.FromResult(ShardedStage.AllPending(_shards));
        }

        public Task<bool> CheckSampleShardAsync(long runId, int shard, CancellationToken cancel)
        {
            Calls.Enqueue($"shard {shard}");
            return Task.FromResult(Interlocked.Decrement(ref _remaining) == 0);
        }

        public Task AggregateAsync(long runId, CancellationToken cancel) { Calls.Enqueue("aggregate"); return Task.CompletedTask; }
        public Task RenderAsync(long runId, CancellationToken cancel) { Calls.Enqueue("render"); return Task.CompletedTask; }

        public Task PublishAsync(long runId, CancellationToken cancel)
        {
            Calls.Enqueue("publish");
            Published.TrySetResult();
            return Task.CompletedTask;
        }

        public Task RecordFailureAsync(long runId, string stage, string error, CancellationToken cancel)
        {
            Failures.Enqueue($"{stage}: {error}");
            Failed.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
