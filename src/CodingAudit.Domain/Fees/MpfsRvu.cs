namespace CodingAudit.Domain.Fees;

/// <summary>
/// A Medicare Physician Fee Schedule row: relative value units and the indicators the engine reads.
/// <see cref="Modifier"/> is empty for the global service, "26" or "TC" for the professional/technical parts.
/// </summary>
/// <remarks><see cref="BilateralIndicator"/>: 0 no 150% adjustment, 1 bilateral adjustment applies, 2 already
/// bilateral, 3 each side paid separately, 9 the bilateral concept does not apply.</remarks>
public sealed record MpfsRvu(string Code, string Modifier, string StatusCode, decimal WorkRvu, decimal NonFacilityPeRvu,
    decimal FacilityPeRvu, decimal MalpracticeRvu, int BilateralIndicator, string GlobalDays)
{
    public decimal NonFacilityTotal => WorkRvu + NonFacilityPeRvu + MalpracticeRvu;
    public decimal FacilityTotal => WorkRvu + FacilityPeRvu + MalpracticeRvu;
}
