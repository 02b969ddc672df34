namespace CodingAudit.Domain.Findings;

/// <summary>The fixed vocabulary of finding kinds. Edit-engine kinds first, then documentation-check kinds.</summary>
public static class FindingKinds
{
    // Payer edits and coding rules (no note needed).
    public const string InvalidCode = "invalid-code";
    public const string Ptp = "ptp";
    public const string Mue = "mue";
    public const string AddOnWithoutPrimary = "addon-without-primary";
    public const string AgeConflict = "age-conflict";
    public const string SexConflict = "sex-conflict";
    public const string ManifestationFirst = "manifestation-first";
    public const string Excludes1 = "excludes1";
    public const string CombinationCode = "combination-code";
    public const string Modifier = "modifier";
    public const string Coverage = "coverage";
    public const string PayerRule = "payer-rule";
    /// <summary>Not an error in the claim: the reference data had no table for the date of service.</summary>
    public const string NoEditData = "no-edit-data";

    // Documentation check (reads the note).
    public const string DxUnsupported = "dx-unsupported";
    public const string DxUncertain = "dx-uncertain";
    public const string DxHistoryOnly = "dx-history-only";
    public const string DxMissed = "dx-missed";
    public const string DxSpecificity = "dx-specificity";
    public const string EmLevelHigh = "em-level-high";
    public const string EmLevelLow = "em-level-low";
    public const string UnitsVsTime = "units-vs-time";
    public const string PxUndocumented = "px-undocumented";
    public const string Laterality = "laterality";
    public const string Modifier25Unsupported = "modifier25-unsupported";

    public static IReadOnlyList<string> EditKinds { get; } =
    [
        InvalidCode, Ptp, Mue, AddOnWithoutPrimary, AgeConflict, SexConflict, ManifestationFirst, Excludes1,
        CombinationCode, Modifier, Coverage, PayerRule,
    ];

    public static IReadOnlyList<string> DocumentationKinds { get; } =
    [
        DxUnsupported, DxUncertain, DxHistoryOnly, DxMissed, DxSpecificity, EmLevelHigh, EmLevelLow, UnitsVsTime,
        PxUndocumented, Laterality, Modifier25Unsupported,
    ];

    public static bool IsKnown(string kind) => kind == NoEditData || EditKinds.Contains(kind) || DocumentationKinds.Contains(kind);

    /// <summary>Which code set a kind counts against in code-over-code scoring.</summary>
    public static CodeSystem CodeSystemOf(string kind) => kind switch
    {
        DxUnsupported or DxUncertain or DxHistoryOnly or DxMissed or DxSpecificity or AgeConflict or SexConflict
            or ManifestationFirst or Excludes1 or CombinationCode => CodeSystem.Diagnosis,
        InvalidCode => CodeSystem.Diagnosis, // refined by the code's shape in Finding.CodeSystem
        _ => CodeSystem.Procedure,
    };
}
