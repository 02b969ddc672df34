using CodingAudit.Domain.Claims;
using CodingAudit.Persistence.Bulk;

namespace CodingAudit.Persistence.Claims;

/// <summary>The bulk-load layouts of the claim tables, read straight from the domain records.</summary>
internal static class ClaimTables
{
    public static readonly BulkTable<Coder> Coders = new("coders",
        new("id", BulkType.Text, c => c.Id),
        new("name", BulkType.Text, c => c.Name),
        new("team", BulkType.Text, c => c.Team));

    public static readonly BulkTable<Provider> Providers = new("providers",
        new("npi", BulkType.Text, p => p.Npi),
        new("name", BulkType.Text, p => p.Name),
        new("specialty", BulkType.Text, p => p.Specialty));

    public static readonly BulkTable<Payer> Payers = new("payers",
        new("id", BulkType.Text, p => p.Id),
        new("name", BulkType.Text, p => p.Name),
        new("kind", BulkType.Text, p => p.Kind));

    public static readonly BulkTable<Patient> Patients = new("patients",
        new("id", BulkType.Text, p => p.Id),
        new("birth_date", BulkType.Date, p => p.BirthDate),
        new("sex", BulkType.Int, p => (int)p.Sex));

    public static readonly BulkTable<Claim> Claims = new("claims",
        new("id", BulkType.Text, c => c.Id),
        new("encounter_id", BulkType.Text, c => c.EncounterId),
        new("patient_id", BulkType.Text, c => c.PatientId),
        new("provider_npi", BulkType.Text, c => c.ProviderNpi),
        new("payer_id", BulkType.Text, c => c.PayerId),
        new("coder_id", BulkType.Text, c => c.CoderId),
        new("service_date", BulkType.Date, c => c.ServiceDate),
        new("coded_at", BulkType.Instant, c => c.CodedAt),
        new("place_of_service", BulkType.Text, c => c.PlaceOfService),
        new("claim_type", BulkType.Int, c => (int)c.Type),
        new("total_charge", BulkType.Money, c => c.TotalCharge));

    public static readonly BulkTable<(string ClaimId, ClaimLine Line)> Lines = new("claim_lines",
        new("claim_id", BulkType.Text, l => l.ClaimId),
        new("line_number", BulkType.Int, l => l.Line.Number),
        new("code", BulkType.Text, l => l.Line.Code),
        new("modifier1", BulkType.Text, l => Modifier(l.Line, 0)),
        new("modifier2", BulkType.Text, l => Modifier(l.Line, 1)),
        new("modifier3", BulkType.Text, l => Modifier(l.Line, 2)),
        new("modifier4", BulkType.Text, l => Modifier(l.Line, 3)),
        new("units", BulkType.Int, l => l.Line.Units),
        new("charge", BulkType.Money, l => l.Line.Charge),
        new("place_of_service", BulkType.Text, l => l.Line.PlaceOfService),
        new("pointer1", BulkType.Int, l => Pointer(l.Line, 0)),
        new("pointer2", BulkType.Int, l => Pointer(l.Line, 1)),
        new("pointer3", BulkType.Int, l => Pointer(l.Line, 2)),
        new("pointer4", BulkType.Int, l => Pointer(l.Line, 3)));

    public static readonly BulkTable<(string ClaimId, int Sequence, string Code)> Diagnoses = new("claim_diagnoses",
        new("claim_id", BulkType.Text, d => d.ClaimId),
        new("sequence", BulkType.Int, d => d.Sequence),
        new("code", BulkType.Text, d => d.Code));

    public static readonly BulkTable<ClinicalNote> Notes = new("clinical_notes",
        new("id", BulkType.Text, n => n.Id),
        new("encounter_id", BulkType.Text, n => n.EncounterId),
        new("note_type", BulkType.Text, n => n.NoteType),
        new("author", BulkType.Text, n => n.Author),
        new("written_at", BulkType.Instant, n => n.WrittenAt),
        new("total_minutes", BulkType.Int, n => n.TotalMinutes),
        new("text", BulkType.Text, n => n.Text));

    private static string? Modifier(ClaimLine line, int index) => index < line.Modifiers.Count ? line.Modifiers[index] : null;

    private static object? Pointer(ClaimLine line, int index) => index < line.DiagnosisPointers.Count ? line.DiagnosisPointers[index] : null;
}
