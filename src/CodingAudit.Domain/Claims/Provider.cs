namespace CodingAudit.Domain.Claims;

/// <summary>A rendering provider, identified by NPI.</summary>
public sealed record Provider(string Npi, string Name, string Specialty);
