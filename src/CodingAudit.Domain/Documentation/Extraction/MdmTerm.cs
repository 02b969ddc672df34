namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>A word the MDM estimator reads: element "status", "data" or "risk" and its value (see mdm_terms.csv).</summary>
public sealed record MdmTerm(string Term, string Element, string Value);
