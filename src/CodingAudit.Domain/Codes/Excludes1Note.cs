namespace CodingAudit.Domain.Codes;

/// <summary>
/// One Excludes1 note: codes under <see cref="Source"/> (a code, category or section range) are not reported together
/// with codes under <see cref="Excluded"/>.
/// </summary>
public sealed record Excludes1Note(CodePattern Source, string NoteLevel, string NoteText, CodePattern Excluded);
