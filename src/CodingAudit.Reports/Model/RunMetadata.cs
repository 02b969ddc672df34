namespace CodingAudit.Reports.Model;

/// <summary>What makes the audit reproducible: the run, the frame, the design, the seed and the versions used.</summary>
public sealed record RunMetadata
{
    public required string RunId { get; init; }
    public required DateTimeOffset RunAt { get; init; }
    public required long FrameSize { get; init; }
    /// <summary>Lower-case hex SHA-256 of the frame file in its documented ordering.</summary>
    public required string FrameSha256 { get; init; }
    /// <summary>E.g. "Simple random sample (RAT-STATS single-stage random numbers)" or "Stratified by coder".</summary>
    public required string Design { get; init; }
    /// <summary>True for random designs whose results may be projected to the frame.</summary>
    public required bool IsProbabilitySample { get; init; }
    public required decimal Seed { get; init; }
    public required IReadOnlyList<RatStatsRedraw> Redraw { get; init; }
    public required IReadOnlyList<ReferenceVersion> ReferenceVersions { get; init; }
    public required string ProgramVersion { get; init; }
}
