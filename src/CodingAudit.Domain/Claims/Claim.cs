namespace CodingAudit.Domain.Claims;

/// <summary>A coded claim for one encounter: what the coder assigned, and who did it when.</summary>
/// <remarks>
/// <see cref="Diagnoses"/> are ICD-10-CM codes with the dot ("M17.11"), in claim order; the first is first-listed.
/// <see cref="CodedAt"/> is UTC.
/// </remarks>
public sealed record Claim
{
    public Claim(string id, string encounterId, string patientId, string providerNpi, string payerId, string coderId,
        DateOnly serviceDate, DateTimeOffset codedAt, string placeOfService, IReadOnlyList<string> diagnoses,
        IReadOnlyList<ClaimLine> lines, ClaimType type = ClaimType.Professional)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(patientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerNpi);
        ArgumentNullException.ThrowIfNull(diagnoses);
        ArgumentNullException.ThrowIfNull(lines);
        Id = id;
        EncounterId = string.IsNullOrWhiteSpace(encounterId) ? id : encounterId;
        PatientId = patientId;
        ProviderNpi = providerNpi;
        PayerId = payerId ?? "";
        CoderId = coderId ?? "";
        ServiceDate = serviceDate;
        CodedAt = codedAt.ToUniversalTime();
        PlaceOfService = placeOfService ?? "";
        Diagnoses = diagnoses.Select(d => d.Trim().ToUpperInvariant()).ToArray();
        Lines = lines.ToArray();
        Type = type;
    }

    public string Id { get; }
    public string EncounterId { get; }
    public string PatientId { get; }
    public string ProviderNpi { get; }
    public string PayerId { get; }
    public string CoderId { get; }
    public DateOnly ServiceDate { get; }
    public DateTimeOffset CodedAt { get; }
    public string PlaceOfService { get; }
    public IReadOnlyList<string> Diagnoses { get; }
    public IReadOnlyList<ClaimLine> Lines { get; }
    public ClaimType Type { get; }

    /// <summary>Sum of line charges.</summary>
    public decimal TotalCharge => Lines.Sum(l => l.Charge);
}
