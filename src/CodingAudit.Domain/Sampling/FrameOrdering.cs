namespace CodingAudit.Domain.Sampling;

/// <summary>How the claims of a frame are put in order before positions 1..N are assigned.</summary>
/// <remarks>Claim ids compare ordinally (byte by byte, case-sensitive), so the order is the same on every machine.</remarks>
public enum FrameOrdering
{
    /// <summary>By date of service, then claim id. The default.</summary>
    ServiceDateThenClaimId = 0,

    /// <summary>By claim id only.</summary>
    ClaimId = 1,
}
