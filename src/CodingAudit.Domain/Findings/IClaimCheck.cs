using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Findings;

/// <summary>
/// A check over one claim. The edit engine, the documentation analyser and any later (statistical or
/// language-model) analyser implement this, so the pipeline and the check command treat them alike.
/// </summary>
public interface IClaimCheck
{
    /// <summary>A short stable name for run records, e.g. "edits" or "documentation".</summary>
    string Name { get; }

    /// <summary>Checks one claim. <paramref name="sameDay"/> holds the other claims of the same patient, provider and
    /// date of service (NCCI and MUE look across them); it may be empty.</summary>
    IReadOnlyList<Finding> Check(ClaimForReview claim, IReadOnlyList<ClaimForReview> sameDay);
}
