namespace CodingAudit.Domain.Documentation.Evaluation;

/// <summary>A finding the ground truth expects: claim, kind, and optionally the line, billed code and correction.</summary>
public sealed record ExpectedFinding(string ClaimId, string Kind, int? Line = null, string? Code = null, string? Expected = null);
