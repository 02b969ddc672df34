namespace CodingAudit.Jobs.Pipeline;

/// <summary>
/// The use cases behind the pipeline's jobs, one per stage. Every method takes a run id and must be safe to call
/// again after a crash or a duplicate delivery: it looks at what the run has already stored and does only what is
/// missing. The Hangfire jobs (<see cref="AuditRunJobs"/>) only call these and enqueue the next stage.
/// </summary>
public interface IAuditStages
{
    /// <summary>Snapshots the claims in scope for the run's period into the frame (later claim edits cannot change it);
    /// returns the shards of the full-population edit pass and those still to do.</summary>
    Task<ShardedStage> FreezeFrameAsync(long runId, CancellationToken cancel);

    /// <summary>Runs the payer edits over one shard of the whole frame (the full-population pass that feeds targeted
    /// samples and edit-hit rates); returns true for exactly one call per run: the one that completed the last shard.</summary>
    Task<bool> CheckPopulationShardAsync(long runId, int shard, CancellationToken cancel);

    /// <summary>Draws the sample from the frozen frame and splits it into shards; returns them and those still to do.</summary>
    Task<ShardedStage> DrawSampleAsync(long runId, CancellationToken cancel);

    /// <summary>Checks one shard's claims and stores their findings; returns true for exactly one call per run:
    /// the one that completed the last outstanding shard.</summary>
    Task<bool> CheckSampleShardAsync(long runId, int shard, CancellationToken cancel);

    /// <summary>Scores the run from its findings.</summary>
    Task AggregateAsync(long runId, CancellationToken cancel);

    /// <summary>Writes the PDF, workbook and packet under temporary names and moves them into place.</summary>
    Task RenderAsync(long runId, CancellationToken cancel);

    /// <summary>Marks the run complete and makes its reports visible where users look for them.</summary>
    Task PublishAsync(long runId, CancellationToken cancel);

    /// <summary>Records a stage failure on the run so <c>audit status</c> shows it.</summary>
    Task RecordFailureAsync(long runId, string stage, string error, CancellationToken cancel);
}
