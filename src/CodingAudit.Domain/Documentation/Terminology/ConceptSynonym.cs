namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>A way of writing a concept ("HFrEF"), with the attributes the words themselves carry ("systolic").</summary>
/// <remarks><see cref="Code"/> is set when the phrase is an ICD-10-CM description and so names one code exactly.</remarks>
public sealed record ConceptSynonym(string Phrase, string ConceptId, IReadOnlySet<string> Attributes, string? Code = null);
