using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Fees;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads the MPFS RVU, GPCI and conversion-factor files, and the E/M time thresholds.</summary>
public static class FeeScheduleFiles
{
    /// <summary>mpfs_rvu_*.csv: hcpcs_code, modifier, status_code, RVUs, bilateral_indicator, global_days, conversion_factor.</summary>
    public static (IReadOnlyList<MpfsRvu> Rows, decimal ConversionFactor) ReadRvuCsv(string path)
    {
        var rows = new List<MpfsRvu>();
        decimal cf = 0;
        foreach (var row in new CsvTableReader(path).Rows("hcpcs_code", "modifier", "status_code", "work_rvu", "nonfacility_pe_rvu",
                     "facility_pe_rvu", "malpractice_rvu", "bilateral_indicator", "conversion_factor"))
        {
            var code = ProcedureCodeFiles.CheckCode(row, "hcpcs_code");
            var bilateral = row.Int("bilateral_indicator");
            if (bilateral is not (0 or 1 or 2 or 3 or 9)) throw row.Fail("bilateral_indicator", $"{bilateral} is not 0, 1, 2, 3 or 9");
            cf = row.Decimal("conversion_factor");
            rows.Add(new MpfsRvu(code, row.Get("modifier").ToUpperInvariant(), row.Required("status_code"), row.Decimal("work_rvu"),
                row.Decimal("nonfacility_pe_rvu"), row.Decimal("facility_pe_rvu"), row.Decimal("malpractice_rvu"), bilateral,
                row.Get("global_days")));
        }
        return (rows, cf);
    }

    /// <summary>mpfs_gpci_*.csv: mac, state, locality, locality_name, gpci_work, gpci_pe, gpci_mp.</summary>
    public static IReadOnlyList<GpciLocality> ReadGpciCsv(string path) =>
        new CsvTableReader(path).Rows("mac", "state", "locality", "gpci_work", "gpci_pe", "gpci_mp")
            .Select(r => new GpciLocality(r.Required("mac"), r.Get("state"), r.Required("locality"), r.Get("locality_name"),
                r.Decimal("gpci_work"), r.Decimal("gpci_pe"), r.Decimal("gpci_mp")))
            .ToArray();

    /// <summary>mpfs_conversion_factors_*.csv: date_start, date_end, conversion_factor.</summary>
    public static IReadOnlyList<ConversionFactorPeriod> ReadConversionFactorCsv(string path) =>
        new CsvTableReader(path).Rows("date_start", "date_end", "conversion_factor")
            .Select(r =>
            {
                var start = r.RequiredDate("date_start");
                var end = r.RequiredDate("date_end");
                if (end < start) throw r.Fail("date_end", $"{end:yyyy-MM-dd} is before date_start {start:yyyy-MM-dd}");
                return new ConversionFactorPeriod(start, end, r.Decimal("conversion_factor"));
            })
            .ToArray();

    /// <summary>em_time_thresholds.csv: code, patient_status, level, minimum_minutes, maximum_minutes, effective_date, deletion_date, source.</summary>
    public static IReadOnlyList<EmTimeThreshold> ReadEmTimeCsv(string path) =>
        new CsvTableReader(path).Rows("code", "patient_status", "minimum_minutes", "effective_date")
            .Select(r => new EmTimeThreshold(ProcedureCodeFiles.CheckCode(r, "code"), r.Required("patient_status"), r.OptionalInt("level"),
                r.OptionalInt("minimum_minutes"), r.OptionalInt("maximum_minutes"), r.RequiredDate("effective_date"), r.Date("deletion_date"),
                r.Get("source")))
            .ToArray();
}
