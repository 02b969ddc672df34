namespace CodingAudit.Domain.Edits;

/// <summary>Stable rule ids of the edit engine's findings (docs/edits.md lists them).</summary>
public static class EditRuleIds
{
    public const string IcdUnknown = "ICD-UNKNOWN";
    public const string IcdHeader = "ICD-HEADER";
    public const string ProcedureUnknown = "CPT-UNKNOWN";
    public const string ProcedureNotEffective = "CPT-NOT-EFFECTIVE";
    public const string Ptp = "NCCI-PTP";
    public const string MueMai1 = "MUE-MAI1";
    public const string MueMai2 = "MUE-MAI2";
    public const string MueMai3 = "MUE-MAI3";
    public const string AddOnWithoutPrimary = "AOC-NO-PRIMARY";
    public const string MceAge = "MCE-AGE";
    public const string MceSex = "MCE-SEX";
    public const string MceManifestationFirst = "MCE-MANIFESTATION-FIRST";
    public const string ExternalCauseFirst = "ICD-EXTERNAL-CAUSE-FIRST";
    public const string Excludes1 = "ICD-EXCLUDES1";
    public const string DiabetesWithCkd = "ICD-COMBO-DIABETES-CKD";
    public const string HypertensionWithCkd = "ICD-COMBO-HTN-CKD";
    public const string HypertensionWithHeartFailure = "ICD-COMBO-HTN-HF";
    public const string HypertensionWithHeartFailureAndCkd = "ICD-COMBO-HTN-HF-CKD";
    public const string Modifier25NonEm = "MOD-25-NON-EM";
    public const string ModifierLaterality = "MOD-LATERALITY";
    public const string ModifierDistinctWithoutEdit = "MOD-59-NO-PTP";
    public const string CoveragePrefix = "LCD-";
    public const string PayerRulePrefix = "PAYER-";
    public const string NoDataPrefix = "NO-DATA-";
}
