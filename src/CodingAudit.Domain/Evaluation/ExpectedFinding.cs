namespace CodingAudit.Domain.Evaluation;

/// <summary>One ground-truth error: the claim, the finding kind and, where known, the line, billed code and correction.</summary>
public sealed record ExpectedFinding(string ClaimId, string Kind, int? Line = null, string? Code = null, string? Expected = null);
