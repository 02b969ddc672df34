namespace CodingAudit.Reports.Model;

/// <summary>How many findings fell in one error category, and their net dollar impact (positive = overpaid).</summary>
public sealed record ErrorCategoryCount(string Category, int Count, decimal NetAmount);
