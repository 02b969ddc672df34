namespace CodingAudit.Jobs.Pipeline;

/// <summary>Tunables of the audit pipeline.</summary>
/// <param name="ReportsFolder">Reports go to <c>{ReportsFolder}/{plan}/{period}/</c>.</param>
/// <param name="SampleShardSize">Sampled claims per documentation-and-edits shard job.</param>
/// <param name="PopulationShardSize">About how many frame claims one full-population edit shard takes (whole service
/// dates per shard, so claims of one patient, provider and day are always checked together).</param>
public sealed record PipelineSettings(string ReportsFolder, int SampleShardSize = 25, int PopulationShardSize = 5000)
{
    public string ProgramVersion { get; init; } =
        typeof(PipelineSettings).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
