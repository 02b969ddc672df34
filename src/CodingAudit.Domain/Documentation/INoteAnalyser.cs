namespace CodingAudit.Domain.Documentation;

/// <summary>Reads a clinical note into a <see cref="NoteAnalysis"/>. The rules-based analyser implements it; a
/// statistical or language-model analyser can replace it without touching the check.</summary>
public interface INoteAnalyser
{
    NoteAnalysis Analyse(string text);
}
