namespace CodingAudit.Domain.Claims;

/// <summary>A piece of clinical documentation for an encounter.</summary>
/// <remarks><see cref="TotalMinutes"/> is the documented total time on the date of the encounter, when stated.</remarks>
public sealed record ClinicalNote(
    string Id,
    string EncounterId,
    string NoteType,
    string Author,
    DateTimeOffset WrittenAt,
    string Text,
    int? TotalMinutes);
