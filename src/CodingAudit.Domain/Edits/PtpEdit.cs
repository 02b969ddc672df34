namespace CodingAudit.Domain.Edits;

/// <summary>
/// One NCCI procedure-to-procedure edit: <see cref="Column2"/> is not separately payable with <see cref="Column1"/>
/// for the same patient, provider and date of service.
/// </summary>
/// <remarks>
/// <see cref="EffectiveDate"/> null means "in force since before the table date" (the CSV subsets lack the column).
/// <see cref="DeletionDate"/> null means active. The edit applies to dates of service on or after the effective date
/// and before the deletion date (exclusive: CMS marks edits deleted from the start as effective = deletion = 19960101,
/// which must never apply).
/// </remarks>
public sealed record PtpEdit(string Column1, string Column2, DateOnly? EffectiveDate, DateOnly? DeletionDate,
    PtpModifierIndicator ModifierIndicator, string Rationale, string Setting)
{
    /// <summary>True when the edit applies to a date of service.</summary>
    public bool AppliesOn(DateOnly date) =>
        (EffectiveDate is not { } e || date >= e) && (DeletionDate is not { } d || date < d);
}
