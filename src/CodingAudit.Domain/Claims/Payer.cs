namespace CodingAudit.Domain.Claims;

/// <summary>A payer; <see cref="Kind"/> is e.g. "medicare", "medicaid", "commercial".</summary>
public sealed record Payer(string Id, string Name, string Kind);
