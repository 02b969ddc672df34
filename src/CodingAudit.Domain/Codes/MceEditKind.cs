namespace CodingAudit.Domain.Codes;

/// <summary>The Medicare Code Editor edits the engine applies to diagnoses.</summary>
public enum MceEditKind
{
    Age = 0,
    Sex = 1,
    /// <summary>A manifestation code that may not be the principal (first-listed) diagnosis.</summary>
    Manifestation = 2,
}
