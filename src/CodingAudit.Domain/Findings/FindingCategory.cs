namespace CodingAudit.Domain.Findings;

/// <summary>
/// The one error taxonomy reports group by. Each kind maps to exactly one category (docs/findings.md lists them).
/// </summary>
public static class FindingCategory
{
    public const string DiagnosisSupport = "Diagnosis not supported";
    public const string DiagnosisMissed = "Diagnosis missed";
    public const string DiagnosisSpecificity = "Diagnosis specificity";
    public const string DiagnosisConventions = "ICD-10-CM conventions";
    public const string EmLevel = "E/M level";
    public const string Bundling = "NCCI bundling";
    public const string Units = "Units";
    public const string Modifiers = "Modifiers";
    public const string ProcedureDocumentation = "Procedure documentation";
    public const string CodeValidity = "Code validity";
    public const string Demographics = "Age/sex conflict";
    public const string MedicalNecessity = "Medical necessity";
    public const string PayerPolicy = "Payer policy";
    public const string ReferenceData = "Reference data";

    public static string Of(string kind) => kind switch
    {
        FindingKinds.DxUnsupported or FindingKinds.DxUncertain or FindingKinds.DxHistoryOnly => DiagnosisSupport,
        FindingKinds.DxMissed => DiagnosisMissed,
        FindingKinds.DxSpecificity => DiagnosisSpecificity,
        FindingKinds.ManifestationFirst or FindingKinds.Excludes1 or FindingKinds.CombinationCode => DiagnosisConventions,
        FindingKinds.EmLevelHigh or FindingKinds.EmLevelLow => EmLevel,
        FindingKinds.Ptp => Bundling,
        FindingKinds.Mue or FindingKinds.UnitsVsTime or FindingKinds.AddOnWithoutPrimary => Units,
        FindingKinds.Modifier or FindingKinds.Laterality or FindingKinds.Modifier25Unsupported => Modifiers,
        FindingKinds.PxUndocumented => ProcedureDocumentation,
        FindingKinds.InvalidCode => CodeValidity,
        FindingKinds.AgeConflict or FindingKinds.SexConflict => Demographics,
        FindingKinds.Coverage => MedicalNecessity,
        FindingKinds.PayerRule => PayerPolicy,
        FindingKinds.NoEditData => ReferenceData,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown finding kind."),
    };
}
