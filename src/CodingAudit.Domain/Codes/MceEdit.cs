using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Codes;

/// <summary>
/// One MCE edit on a diagnosis code: an age range (inclusive, completed years), an allowed sex, or a manifestation flag.
/// </summary>
public sealed record MceEdit
{
    public MceEdit(string code, MceEditKind kind, string label, int? ageMin = null, int? ageMax = null, Sex? allowedSex = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (kind == MceEditKind.Age && (ageMin is null || ageMax is null || ageMin > ageMax))
            throw new ArgumentException($"An age edit needs 0 <= min <= max (code {code}).", nameof(ageMin));
        if (kind == MceEditKind.Sex && allowedSex is not (Sex.Female or Sex.Male))
            throw new ArgumentException($"A sex edit needs F or M (code {code}).", nameof(allowedSex));
        Code = IcdCodes.Normalize(code);
        Kind = kind;
        Label = label ?? "";
        AgeMin = ageMin;
        AgeMax = ageMax;
        AllowedSex = allowedSex;
    }

    public string Code { get; }
    public MceEditKind Kind { get; }
    /// <summary>The MCE rule label, e.g. "Maternity (Ages 9-64)".</summary>
    public string Label { get; }
    public int? AgeMin { get; }
    public int? AgeMax { get; }
    public Sex? AllowedSex { get; }
}
