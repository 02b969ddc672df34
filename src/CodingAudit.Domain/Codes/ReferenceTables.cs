namespace CodingAudit.Domain.Codes;

/// <summary>The stable names of the reference tables, as releases and citations carry them.</summary>
public static class ReferenceTables
{
    public const string Icd10Cm = "icd10cm";
    public const string CptCodes = "cpt-codes";
    public const string HcpcsCodes = "hcpcs-codes";
    public const string PtpPractitioner = "ncci-ptp-practitioner";
    public const string PtpHospital = "ncci-ptp-hospital";
    public const string Mue = "ncci-mue";
    public const string MueHcpcs = "ncci-mue-hcpcs";
    public const string AddOn = "ncci-addon";
    public const string MceEdits = "mce-edits";
    public const string Excludes1 = "icd10cm-excludes1";
    public const string MpfsRvu = "mpfs-rvu";
    public const string MpfsGpci = "mpfs-gpci";
    public const string ConversionFactor = "mpfs-conversion-factor";
    public const string EmTimeThresholds = "em-time-thresholds";
    public const string Coverage = "coverage";
}
