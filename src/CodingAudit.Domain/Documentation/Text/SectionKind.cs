namespace CodingAudit.Domain.Documentation.Text;

/// <summary>The parts of a clinical note the documentation check tells apart.</summary>
public enum SectionKind
{
    /// <summary>Text before any heading, or a note written without headings.</summary>
    Unlabelled = 0,
    ChiefComplaint,
    Hpi,
    Ros,
    Exam,
    AssessmentPlan,
    ProcedureNote,
    TimeStatement,
    /// <summary>Past medical or surgical history and problem lists: mentions there are historical by default.</summary>
    PastHistory,
    /// <summary>Family history: mentions there are about someone else.</summary>
    FamilyHistory,
    SocialHistory,
    Medications,
    Data,
    Mdm,
    /// <summary>Text the note marks as copied from an earlier visit: it does not document today's encounter.</summary>
    CopiedForward,
}
