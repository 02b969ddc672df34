namespace CodingAudit.Domain.Sampling;

/// <summary>One stratum of a sample: its size in the frame, how many were drawn, and the seed that drew them.</summary>
/// <remarks>
/// <see cref="Seed"/> is the seed an auditor enters in RAT-STATS single-stage random numbers with range 1..<see cref="FrameSize"/>
/// to re-draw this stratum (null under <see cref="StratumSeeding.SingleStream"/> beyond the first stratum).
/// <see cref="LowerBound"/> (inclusive) and <see cref="UpperBound"/> (exclusive) are set for dollar strata.
/// </remarks>
public sealed record SampleStratum(
    string Name,
    int Index,
    int FrameSize,
    int SampleSize,
    int Spares,
    decimal? Seed,
    decimal? LowerBound = null,
    decimal? UpperBound = null);
