namespace CodingAudit.Persistence.Claims;

/// <summary>
/// One claim of a sampling frame: 1-based <see cref="Position"/> in the frame order (service date, then claim id,
/// compared bytewise), and the columns sampling stratifies on.
/// </summary>
public sealed record FrameCandidate(int Position, string ClaimId, string CoderId, string ProviderNpi, string PayerId,
    DateOnly ServiceDate, decimal Amount);
