namespace CodingAudit.Ingest.ReferenceData;

/// <summary>The file layouts releases.csv can name.</summary>
public static class ReferenceFormats
{
    public const string IcdSubsetCsv = "icd10cm-subset-csv";
    public const string IcdOrderTxt = "icd10cm-order-txt";
    public const string CodeUniverseCsv = "code-universe-csv";
    public const string HcpcsCsv = "hcpcs-csv";
    public const string PtpSubsetCsv = "ptp-subset-csv";
    public const string PtpCmsTxt = "ptp-cms-txt";
    /// <summary>A quarterly PTP change report, applied to the files listed before it in the same release.</summary>
    public const string PtpChangesCsv = "ptp-changes-csv";
    public const string MueSubsetCsv = "mue-subset-csv";
    public const string MueCmsCsv = "mue-cms-csv";
    public const string AddOnCsv = "addon-csv";
    public const string MceCsv = "mce-csv";
    public const string Excludes1Csv = "excludes1-csv";
    public const string RvuCsv = "mpfs-rvu-csv";
    public const string GpciCsv = "mpfs-gpci-csv";
    public const string ConversionFactorCsv = "mpfs-cf-csv";
    public const string EmTimeCsv = "em-time-csv";

    public static readonly IReadOnlyList<string> All =
    [
        IcdSubsetCsv, IcdOrderTxt, CodeUniverseCsv, HcpcsCsv, PtpSubsetCsv, PtpCmsTxt, PtpChangesCsv, MueSubsetCsv, MueCmsCsv, AddOnCsv, MceCsv,
        Excludes1Csv, RvuCsv, GpciCsv, ConversionFactorCsv, EmTimeCsv,
    ];
}
