using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>A condition mentioned in the note: the concept, where (character span, end exclusive), what the note asserts
/// about it, and the attributes written next to it.</summary>
/// <remarks><see cref="Code"/> is set when the words were an ICD-10-CM description naming one code.</remarks>
public sealed record ConceptMention(string ConceptId, int Start, int End, string Text, Sentence Sentence,
    Assertion Assertion, IReadOnlySet<string> Attributes, string? Code = null);
