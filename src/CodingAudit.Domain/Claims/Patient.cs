namespace CodingAudit.Domain.Claims;

/// <summary>Only what an audit needs to know about a patient: no names, no addresses.</summary>
public sealed record Patient
{
    public Patient(string id, DateOnly birthDate, Sex sex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Id { get; }
    public DateOnly BirthDate { get; }
    public Sex Sex { get; }

    /// <summary>Age in whole years on <paramref name="date"/> (the MCE convention: completed years).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        if (date < BirthDate.AddYears(age)) age--;
        return Math.Max(age, 0);
    }
}
