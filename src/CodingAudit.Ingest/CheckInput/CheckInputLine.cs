using CodingAudit.Domain.Claims;

namespace CodingAudit.Ingest.CheckInput;

/// <summary>One line of a check-input file: a claim, or the reason the line could not be read.</summary>
public sealed record CheckInputLine(long LineNumber, ClaimForReview? Claim, string? Error)
{
    public bool IsValid => Claim is not null;
}
