using System.Globalization;
using CodingAudit.Domain.Edits;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads MUE tables: the shipped subset CSV and the official CMS CSV with its notice.</summary>
public static class MueFiles
{
    /// <summary>ncci_mue_*.csv: hcpcs_cpt_code, mue_value, mue_adjudication_indicator, mue_rationale, setting, table_effective_date.</summary>
    public static IReadOnlyList<MueEdit> ReadSubsetCsv(string path)
    {
        var edits = new List<MueEdit>();
        foreach (var row in new CsvTableReader(path).Rows("hcpcs_cpt_code", "mue_value", "mue_adjudication_indicator", "setting"))
        {
            var code = ProcedureCodeFiles.CheckCode(row, "hcpcs_cpt_code");
            var value = row.Int("mue_value");
            if (value < 0) throw row.Fail("mue_value", $"{value} is negative");
            var mai = Mai(row.Required("mue_adjudication_indicator"), r => row.Fail("mue_adjudication_indicator", r));
            edits.Add(new MueEdit(code, value, mai, row.Get("mue_rationale"), row.Required("setting"), row.Date("table_effective_date")));
        }
        return edits;
    }

    /// <summary>
    /// An official MUE CSV: a quoted (multi-line) notice first, then the header "HCPCS/CPT Code, ... MUE Values, MUE
    /// Adjudication Indicator, MUE Rationale", then rows whose indicator cell reads like "2 Date of Service Edit: Policy".
    /// The setting comes from the header ("Practitioner Services MUE Values") unless given.
    /// </summary>
    public static IReadOnlyList<MueEdit> ReadOfficialCsv(string path, DateOnly tableDate, string? setting = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"reference file '{path}' does not exist", path);
        var name = Path.GetFileName(path);
        using var reader = DelimitedReader.Open(path);
        var fields = new List<string>();
        var edits = new List<MueEdit>();
        var header = false;
        while (reader.Read(fields))
        {
            var line = reader.RecordLine;
            if (!header)
            {
                if (fields.Count >= 3 && fields[0].Trim().StartsWith("HCPCS", StringComparison.OrdinalIgnoreCase))
                {
                    header = true;
                    setting ??= SettingFromHeader(fields[1]);
                }
                continue; // the notice, however many lines it spans
            }
            if (fields.Count == 1 && fields[0].Trim().Length == 0) continue;
            if (fields.Count < 3) throw new ReferenceDataException(name, line, null, $"has {fields.Count} fields; an MUE row has 4");
            var code = fields[0].Trim().ToUpperInvariant();
            if (code.Length != 5 || !code.All(char.IsAsciiLetterOrDigit))
                throw new ReferenceDataException(name, line, "HCPCS/CPT Code", $"'{code}' is not a 5-character CPT/HCPCS code");
            if (!int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw new ReferenceDataException(name, line, "MUE Values", $"'{fields[1].Trim()}' is not a whole number");
            var mai = Mai(fields[2], r => new ReferenceDataException(name, line, "MUE Adjudication Indicator", r));
            edits.Add(new MueEdit(code, value, mai, fields.Count > 3 ? fields[3].Trim() : "", setting ?? "practitioner", tableDate));
        }
        if (!header) throw new ReferenceDataException(name, 1, null, "no header row starting with 'HCPCS/CPT Code' was found");
        return edits;
    }

    private static string SettingFromHeader(string column)
    {
        var c = column.ToUpperInvariant();
        if (c.Contains("OUTPATIENT", StringComparison.Ordinal) || c.Contains("FACILITY", StringComparison.Ordinal)) return "outpatient_hospital";
        if (c.Contains("DME", StringComparison.Ordinal)) return "dme_supplier";
        return "practitioner";
    }

    /// <summary>"2", "2 Date of Service Edit: Policy" -> 2.</summary>
    private static int Mai(string text, Func<string, Exception> fail)
    {
        var t = text.Trim();
        return t.Length > 0 && t[0] is '1' or '2' or '3' && (t.Length == 1 || !char.IsAsciiDigit(t[1]))
            ? t[0] - '0'
            : throw fail($"'{t}' does not start with an adjudication indicator 1, 2 or 3");
    }
}
