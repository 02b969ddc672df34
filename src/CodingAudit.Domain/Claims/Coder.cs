namespace CodingAudit.Domain.Claims;

/// <summary>A person who assigns codes to encounters; the unit coding managers track accuracy for.</summary>
public sealed record Coder(string Id, string Name, string? Team = null);
