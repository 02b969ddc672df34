namespace CodingAudit.Domain.Claims;

/// <summary>
/// Everything the checks need about one claim: the claim, its patient and its documentation.
/// The edit engine reads the claim and patient; the documentation check also reads the notes.
/// </summary>
public sealed record ClaimForReview(Claim Claim, Patient Patient, IReadOnlyList<ClinicalNote> Notes)
{
    /// <summary>The notes' text joined in the order written, as the documentation check reads it.</summary>
    public string NoteText => string.Join("\n\n", Notes.OrderBy(n => n.WrittenAt).Select(n => n.Text));

    /// <summary>The largest documented total time across the notes, if any note states one.</summary>
    public int? DocumentedMinutes => Notes.Select(n => n.TotalMinutes).Where(m => m.HasValue).Max();
}
