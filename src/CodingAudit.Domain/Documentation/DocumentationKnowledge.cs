using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Extraction;
using CodingAudit.Domain.Documentation.Terminology;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>All the data the rules-based analyser and the documentation check run on, loaded from seed-data.</summary>
public sealed record DocumentationKnowledge(
    IReadOnlyList<SectionHeading> Headings,
    TerminologyLexicon Lexicon,
    IReadOnlyList<ContextTrigger> Triggers,
    IReadOnlyList<ProcedurePhrase> ProcedurePhrases,
    EmTimeThresholds EmThresholds,
    IReadOnlyList<MdmTerm> MdmTerms);
