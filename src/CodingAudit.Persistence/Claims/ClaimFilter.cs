using CodingAudit.Domain.Claims;

namespace CodingAudit.Persistence.Claims;

/// <summary>Narrows a period's claims; a null or empty list means "any". All given lists must match (AND).</summary>
public sealed record ClaimFilter
{
    public static ClaimFilter All { get; } = new();

    public IReadOnlyCollection<string>? CoderIds { get; init; }
    public IReadOnlyCollection<string>? ProviderNpis { get; init; }
    public IReadOnlyCollection<string>? PayerIds { get; init; }
    public IReadOnlyCollection<ClaimType>? ClaimTypes { get; init; }
    /// <summary>Claims with at least one line billing one of these CPT/HCPCS codes.</summary>
    public IReadOnlyCollection<string>? ProcedureCodes { get; init; }
    /// <summary>Claims carrying at least one of these ICD-10-CM codes (with the dot).</summary>
    public IReadOnlyCollection<string>? DiagnosisCodes { get; init; }

    internal IQueryable<ClaimRow> Apply(IQueryable<ClaimRow> claims)
    {
        if (CoderIds is { Count: > 0 } coders) claims = claims.Where(c => coders.Contains(c.CoderId));
        if (ProviderNpis is { Count: > 0 } providers) claims = claims.Where(c => providers.Contains(c.ProviderNpi));
        if (PayerIds is { Count: > 0 } payers) claims = claims.Where(c => payers.Contains(c.PayerId));
        if (ClaimTypes is { Count: > 0 } types)
        {
            var values = types.Select(t => (int)t).ToList();
            claims = claims.Where(c => values.Contains(c.ClaimType));
        }
        if (ProcedureCodes is { Count: > 0 } procedures)
        {
            var codes = procedures.Select(c => c.Trim().ToUpperInvariant()).ToList();
            claims = claims.Where(c => c.Lines.Any(l => codes.Contains(l.Code)));
        }
        if (DiagnosisCodes is { Count: > 0 } diagnoses)
        {
            var codes = diagnoses.Select(c => c.Trim().ToUpperInvariant()).ToList();
            claims = claims.Where(c => c.Diagnoses.Any(d => codes.Contains(d.Code)));
        }
        return claims;
    }
}
