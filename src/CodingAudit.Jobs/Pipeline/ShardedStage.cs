namespace CodingAudit.Jobs.Pipeline;

/// <summary>
/// The shards of a fanned-out stage: how many it has, and which have not finished yet. A job delivered again after a
/// crash enqueues only the unfinished shards, and none once the stage is complete (its last shard already enqueued
/// what follows).
/// </summary>
public sealed record ShardedStage(int Total, IReadOnlyList<int> Pending)
{
    public static ShardedStage AllPending(int total) => new(total, Enumerable.Range(0, total).ToList());
}
