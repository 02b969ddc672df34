namespace CodingAudit.Reports.Model;

/// <summary>The population sampled: its size, dollars, dates, strata, ordering and every claim's position.</summary>
public sealed record FrameSummary
{
    public required long ClaimCount { get; init; }
    public required decimal TotalPaid { get; init; }
    public required DateOnly FirstService { get; init; }
    public required DateOnly LastService { get; init; }
    public required string Ordering { get; init; }
    public required IReadOnlyList<FrameStratum> Strata { get; init; }
    /// <summary>Every claim of the frame in frame order (the packet's sample-frame CSV).</summary>
    public required IReadOnlyList<FrameEntry> Entries { get; init; }
}

/// <summary>One stratum of the frame and how many claims were sampled from it.</summary>
public sealed record FrameStratum(string Name, long ClaimCount, decimal TotalPaid, int SampleSize);

/// <summary>One claim in the frame at its 1-based position.</summary>
public sealed record FrameEntry(long Position, string ClaimId, string CoderId, string Stratum, DateOnly DateOfService, decimal PaidAmount);
