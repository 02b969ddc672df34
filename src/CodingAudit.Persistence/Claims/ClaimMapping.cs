using CodingAudit.Domain.Claims;

namespace CodingAudit.Persistence.Claims;

/// <summary>Rows to domain records.</summary>
internal static class ClaimMapping
{
    public static Claim ToDomain(ClaimRow claim, IEnumerable<ClaimLineRow> lines, IEnumerable<ClaimDiagnosisRow> diagnoses) =>
        new(claim.Id, claim.EncounterId, claim.PatientId, claim.ProviderNpi, claim.PayerId, claim.CoderId,
            claim.ServiceDate, claim.CodedAt, claim.PlaceOfService,
            diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToArray(),
            lines.OrderBy(l => l.LineNumber).Select(ToDomain).ToArray(),
            (ClaimType)claim.ClaimType);

    public static ClaimLine ToDomain(ClaimLineRow line)
    {
        var modifiers = new[] { line.Modifier1, line.Modifier2, line.Modifier3, line.Modifier4 }
            .Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToArray();
        var pointers = new[] { line.Pointer1, line.Pointer2, line.Pointer3, line.Pointer4 }
            .Where(p => p.HasValue).Select(p => p!.Value).ToArray();
        return new ClaimLine(line.LineNumber, line.Code, modifiers, line.Units, line.Charge, pointers, line.PlaceOfService);
    }

    public static Patient ToDomain(PatientRow patient) => new(patient.Id, patient.BirthDate, (Sex)patient.Sex);

    public static ClinicalNote ToDomain(ClinicalNoteRow note) =>
        new(note.Id, note.EncounterId, note.NoteType, note.Author, note.WrittenAt, note.Text, note.TotalMinutes);

    public static Coder ToDomain(CoderRow coder) => new(coder.Id, coder.Name, coder.Team);

    public static Provider ToDomain(ProviderRow provider) => new(provider.Npi, provider.Name, provider.Specialty);

    public static Payer ToDomain(PayerRow payer) => new(payer.Id, payer.Name, payer.Kind);
}
