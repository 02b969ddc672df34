namespace CodingAudit.Reports.Model;

/// <summary>
/// One coder's payer-edit hits over every claim of the period (the full-population pass), not only the sample: a
/// screening rate that points targeted sampling and education at a coder, not an audited error rate.
/// </summary>
/// <param name="CoderId">The coder's id.</param>
/// <param name="Name">The coder's name.</param>
/// <param name="Claims">The coder's claims in the frame.</param>
/// <param name="ClaimsWithHits">Those with at least one payer-edit hit.</param>
/// <param name="ByKind">Claims hit per edit kind (ptp, mue, modifier, ...), most first; a claim with two kinds counts in each.</param>
public sealed record CoderEditHitRate(string CoderId, string Name, int Claims, int ClaimsWithHits, IReadOnlyList<EditKindHits> ByKind)
{
    public double Rate => Claims == 0 ? 0 : (double)ClaimsWithHits / Claims;
}

/// <summary>Claims of one coder hit by one kind of payer edit.</summary>
public sealed record EditKindHits(string Kind, int Claims);
