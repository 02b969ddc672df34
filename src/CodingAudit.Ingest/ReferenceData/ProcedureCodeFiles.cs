using CodingAudit.Domain.Codes;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads CPT/HCPCS code lists: the code universe CSV and the HCPCS Level II CSV.</summary>
public static class ProcedureCodeFiles
{
    /// <summary>code_universe_cpt_hcpcs.csv: code, code_type (CPT or HCPCS_L2), family label.</summary>
    public static IReadOnlyList<ProcedureCode> ReadCodeUniverse(string path)
    {
        var codes = new List<ProcedureCode>();
        foreach (var row in new CsvTableReader(path).Rows("code", "code_type"))
        {
            var code = CheckCode(row, "code");
            var system = row.Required("code_type").StartsWith("HCPCS", StringComparison.OrdinalIgnoreCase) ? "HCPCS" : "CPT";
            codes.Add(new ProcedureCode(code, system, row.Get("family_label_our_wording") is { Length: > 0 } f ? f : null));
        }
        return codes;
    }

    /// <summary>hcpcs_level2_*.csv: hcpcs_code, short_description, date_added, termination_date.</summary>
    public static IReadOnlyList<ProcedureCode> ReadHcpcs(string path)
    {
        var codes = new List<ProcedureCode>();
        foreach (var row in new CsvTableReader(path).Rows("hcpcs_code", "date_added", "termination_date"))
        {
            var code = CheckCode(row, "hcpcs_code");
            codes.Add(new ProcedureCode(code, "HCPCS", row.Get("short_description"), row.Date("date_added"), row.Date("termination_date")));
        }
        return codes;
    }

    internal static string CheckCode(CsvRow row, string column)
    {
        var code = row.Required(column).ToUpperInvariant();
        if (code.Length != 5 || !code.All(char.IsAsciiLetterOrDigit)) throw row.Fail(column, $"'{code}' is not a 5-character CPT/HCPCS code");
        return code;
    }
}
