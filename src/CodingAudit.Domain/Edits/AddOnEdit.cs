namespace CodingAudit.Domain.Edits;

/// <summary>
/// An NCCI add-on code edit row: <see cref="AddOnCode"/> with one eligible <see cref="PrimaryCode"/>.
/// <see cref="Type"/> 1 = payable only with a listed primary; 2 = no primary list; 3 = listed primaries, contractors
/// may add others. Primary "CCCCC" means contractor-defined.
/// </summary>
public sealed record AddOnEdit(int Type, string AddOnCode, string PrimaryCode, DateOnly? EffectiveDate, DateOnly? DeletionDate,
    string Notes)
{
    /// <summary>True when the pairing is in force on the date (deletion date exclusive).</summary>
    public bool AppliesOn(DateOnly date) =>
        (EffectiveDate is not { } e || date >= e) && (DeletionDate is not { } d || date < d);
}
