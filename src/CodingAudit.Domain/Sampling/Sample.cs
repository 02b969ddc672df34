namespace CodingAudit.Domain.Sampling;

/// <summary>
/// A drawn sample with everything needed to re-draw and check it: seed, frame size, ordering, frame hash, design,
/// strata, and for each item its frame position, random number, selection order and stratum. Spares are kept apart.
/// </summary>
public sealed record Sample(
    SampleDesign Design,
    decimal Seed,
    int FrameSize,
    FrameOrdering Ordering,
    string FrameHash,
    IReadOnlyList<SampleStratum> Strata,
    IReadOnlyList<SampleItem> Items,
    IReadOnlyList<SampleItem> Spares)
{
    /// <summary>Judgment samples (targeted) are never projected onto the frame.</summary>
    public bool IsJudgment => Design.IsJudgment;

    /// <summary>True when the sample is random, so RAT-STATS appraisals may project its findings.</summary>
    public bool IsProjectable => !Design.IsJudgment;

    public IReadOnlyList<string> ClaimIds => Items.Select(i => i.ClaimId).ToArray();
}
