namespace CodingAudit.Domain.Scoring;

/// <summary>How many error findings of one category a group has, and on how many claims.</summary>
public sealed record CategoryCount(string Category, int Findings, int Claims);
