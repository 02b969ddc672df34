namespace CodingAudit.Domain.Claims;

/// <summary>Administrative sex as carried on a claim; MCE sex edits compare against it.</summary>
public enum Sex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
}
