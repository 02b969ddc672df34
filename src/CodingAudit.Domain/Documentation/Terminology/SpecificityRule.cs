namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>The code a concept takes when the note documents a set of attributes (knee OA + left = M17.12).</summary>
/// <remarks>
/// An attribute written "concept:ckd" is met when that other concept is affirmed anywhere in the note: the ICD-10-CM
/// "with" presumption (Official Guidelines I.A.15) links diabetes and CKD without the note saying "due to".
/// </remarks>
public sealed record SpecificityRule(string ConceptId, IReadOnlySet<string> Attributes, string Code);
