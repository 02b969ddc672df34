namespace CodingAudit.Domain.Edits;

/// <summary>
/// A Medically Unlikely Edit: the most units of <see cref="Code"/> one provider reports for one patient on one date of
/// service. <see cref="Mai"/> 1 = per claim line; 2 = per day, policy (absolute); 3 = per day, clinical.
/// </summary>
public sealed record MueEdit
{
    public MueEdit(string code, int value, int mai, string rationale, string setting, DateOnly? tableDate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "An MUE value cannot be negative.");
        if (mai is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(mai), mai, "The MUE adjudication indicator is 1, 2 or 3.");
        Code = code.Trim().ToUpperInvariant();
        Value = value;
        Mai = mai;
        Rationale = rationale ?? "";
        Setting = setting ?? "";
        TableDate = tableDate;
    }

    public string Code { get; }
    public int Value { get; }
    public int Mai { get; }
    public string Rationale { get; }
    public string Setting { get; }
    public DateOnly? TableDate { get; }
}
