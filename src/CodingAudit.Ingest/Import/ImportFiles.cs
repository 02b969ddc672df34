namespace CodingAudit.Ingest.Import;

/// <summary>File and column names of the interchange import format (docs/import-format.md).</summary>
public static class ImportFiles
{
    public const string Coders = "coders.csv";
    public const string Providers = "providers.csv";
    public const string Payers = "payers.csv";
    public const string Patients = "patients.csv";
    public const string Claims = "claims.csv";
    public const string ClaimLines = "claim_lines.csv";
    public const string Notes = "notes.csv";

    public static readonly string[] CoderColumns = ["coder_id", "name", "team"];
    public static readonly string[] ProviderColumns = ["npi", "name", "specialty"];
    public static readonly string[] PayerColumns = ["payer_id", "name", "kind"];
    public static readonly string[] PatientColumns = ["patient_id", "birth_date", "sex"];
    public static readonly string[] ClaimColumns =
    [
        "claim_id", "encounter_id", "patient_id", "provider_npi", "payer_id", "coder_id", "service_date", "coded_at",
        "place_of_service", "claim_type", "diagnoses",
    ];
    public static readonly string[] ClaimLineColumns =
        ["claim_id", "line_number", "code", "code_system", "modifiers", "units", "charge", "diagnosis_pointers"];
    public static readonly string[] NoteColumns =
        ["note_id", "encounter_id", "note_type", "author", "written_at", "total_minutes", "text"];

    /// <summary>Separator of list values inside one field (diagnoses, modifiers, pointers).</summary>
    public const char ListSeparator = '|';
}
