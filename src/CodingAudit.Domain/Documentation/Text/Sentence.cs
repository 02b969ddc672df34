namespace CodingAudit.Domain.Documentation.Text;

/// <summary>A sentence (or list item, or line) of a note with its character span in the note text (end exclusive).</summary>
public sealed record Sentence(int Index, int Start, int End, string Text, SectionKind Section);
