using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Audits;

/// <summary>Which claims an audit plan covers: the period length and filters on coder, provider, payer, claim type and codes.</summary>
/// <remarks>
/// An empty list means "all". Code filters match a claim when any line code or diagnosis matches any filter; a filter
/// ending in <c>*</c> is a prefix ("992*", "E11*"), otherwise the code must be equal. Matching ignores case and the
/// dot in ICD-10-CM codes. Coder ids, NPIs and payer ids compare exactly.
/// </remarks>
public sealed record AuditScope
{
    public AuditScope(PeriodGranularity period, IReadOnlyList<string>? coders = null, IReadOnlyList<string>? providers = null,
        IReadOnlyList<string>? payers = null, IReadOnlyList<ClaimType>? claimTypes = null, IReadOnlyList<string>? codes = null)
    {
        if (!Enum.IsDefined(period)) throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period granularity.");
        Period = period;
        Coders = Clean(coders, nameof(coders));
        Providers = Clean(providers, nameof(providers));
        Payers = Clean(payers, nameof(payers));
        ClaimTypes = (claimTypes ?? []).Distinct().ToArray();
        Codes = Clean(codes, nameof(codes)).Select(c => Normalize(c)).ToArray();
        if (Codes.Any(c => c == "*" || c.Length == 0))
            throw new ArgumentException("A code filter needs at least one character before '*'.", nameof(codes));
    }

    public PeriodGranularity Period { get; }
    public IReadOnlyList<string> Coders { get; }
    public IReadOnlyList<string> Providers { get; }
    public IReadOnlyList<string> Payers { get; }
    public IReadOnlyList<ClaimType> ClaimTypes { get; }
    public IReadOnlyList<string> Codes { get; }

    /// <summary>True when <paramref name="claim"/> passes every filter (the period is checked separately).</summary>
    public bool Includes(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (Coders.Count > 0 && !Coders.Contains(claim.CoderId, StringComparer.Ordinal)) return false;
        if (Providers.Count > 0 && !Providers.Contains(claim.ProviderNpi, StringComparer.Ordinal)) return false;
        if (Payers.Count > 0 && !Payers.Contains(claim.PayerId, StringComparer.Ordinal)) return false;
        if (ClaimTypes.Count > 0 && !ClaimTypes.Contains(claim.Type)) return false;
        if (Codes.Count == 0) return true;
        var claimCodes = claim.Lines.Select(l => Normalize(l.Code)).Concat(claim.Diagnoses.Select(d => Normalize(d)));
        return claimCodes.Any(code => Codes.Any(filter => filter.EndsWith('*')
            ? code.StartsWith(filter[..^1], StringComparison.Ordinal)
            : code == filter));
    }

    /// <summary>The claims of <paramref name="period"/> in scope.</summary>
    public IEnumerable<Claim> Select(IEnumerable<Claim> claims, AuditPeriod period)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(period);
        return claims.Where(c => period.Contains(c.ServiceDate) && Includes(c));
    }

    private static string Normalize(string code) => code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();

    private static string[] Clean(IReadOnlyList<string>? values, string name)
    {
        var list = values ?? [];
        if (list.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("Filter values cannot be blank.", name);
        return list.Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
