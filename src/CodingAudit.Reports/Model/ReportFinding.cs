using CodingAudit.Domain.Findings;

namespace CodingAudit.Reports.Model;

/// <summary>A finding as reported: every field of the domain finding plus the coder and date of service it belongs to.</summary>
public sealed record ReportFinding
{
    public required string ClaimId { get; init; }
    public required string CoderId { get; init; }
    public required DateOnly DateOfService { get; init; }
    public int? Line { get; init; }
    public required string Kind { get; init; }
    public required string RuleId { get; init; }
    public required string Category { get; init; }
    public required string Severity { get; init; }
    public required string Code { get; init; }
    public string? Expected { get; init; }
    public required string Message { get; init; }
    public required string Citation { get; init; }
    public decimal? Amount { get; init; }
    public string? EvidenceText { get; init; }

    /// <summary>Maps a domain finding; the pipeline knows the claim's coder and date of service.</summary>
    public static ReportFinding From(Finding finding, string coderId, DateOnly dateOfService) => new()
    {
        ClaimId = finding.ClaimId,
        CoderId = coderId,
        DateOfService = dateOfService,
        Line = finding.Line,
        Kind = finding.Kind,
        RuleId = finding.RuleId,
        Category = finding.Category,
        Severity = finding.Severity.ToString(),
        Code = finding.Code,
        Expected = finding.Expected,
        Message = finding.Message,
        Citation = finding.Citation,
        Amount = finding.Amount,
        EvidenceText = finding.Evidence?.Text,
    };
}
