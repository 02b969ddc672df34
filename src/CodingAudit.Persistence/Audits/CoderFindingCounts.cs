namespace CodingAudit.Persistence.Audits;

/// <summary>
/// One coder's share of a run's frame and of its error findings: claims in the frame, claims with at least one
/// error, and claims per finding kind (a claim with two kinds counts once in each).
/// </summary>
public sealed record CoderFindingCounts(
    string CoderId,
    int FrameClaims,
    int ClaimsWithErrors,
    IReadOnlyList<(string Kind, int Claims)> ClaimsByKind);
