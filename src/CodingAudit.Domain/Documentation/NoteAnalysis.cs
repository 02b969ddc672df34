using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>Everything the documentation check reads from a note, whatever produced it (rules today, a model later).</summary>
/// <remarks><see cref="Mdm"/> is the MDM level the note writes down; <see cref="EstimatedMdm"/> the level read from the
/// note's content (problems, data, risk), when the analyser estimates one.</remarks>
public sealed record NoteAnalysis(
    string Text,
    IReadOnlyList<NoteSection> Sections,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ConceptMention> Mentions,
    IReadOnlyList<ProcedureMention> Procedures,
    TimeStatement? TotalTime,
    MdmStatement? Mdm,
    MdmEstimate? EstimatedMdm = null)
{
    /// <summary>True when the note has an assessment/plan section; without one the whole note stands for it.</summary>
    public bool HasAssessment => Sections.Any(s => s.Kind == SectionKind.AssessmentPlan);
}
