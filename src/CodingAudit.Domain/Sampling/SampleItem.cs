namespace CodingAudit.Domain.Sampling;

/// <summary>One sampled (or spare) claim.</summary>
/// <remarks>
/// <see cref="RandomNumber"/> is the RAT-STATS number that picked the claim: its frame position for an unstratified
/// sample, its 1-based position within its stratum for a stratified one, its position among the matching claims for a
/// targeted sample drawn at random, and null when a targeted sample took every match (a stratum taken whole is still
/// drawn, so its items have numbers). <see cref="SelectionOrder"/> is the 1-based order of the draw within the stratum.
/// <see cref="TargetHits"/> lists the filters a targeted claim hit.
/// </remarks>
public sealed record SampleItem(
    string ClaimId,
    int FramePosition,
    long? RandomNumber,
    int SelectionOrder,
    string? Stratum,
    bool IsSpare,
    IReadOnlyList<string>? TargetHits = null);
