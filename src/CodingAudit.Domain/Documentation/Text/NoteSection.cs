namespace CodingAudit.Domain.Documentation.Text;

/// <summary>A section of a note: its kind, the heading as written, and the character span of its body (end exclusive).</summary>
public sealed record NoteSection(SectionKind Kind, string Heading, int Start, int End);
