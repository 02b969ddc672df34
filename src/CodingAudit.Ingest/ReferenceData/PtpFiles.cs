using System.Text;
using CodingAudit.Domain.Edits;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads NCCI PTP edits: the shipped subset CSV and the official tab-delimited .TXT files.</summary>
public static class PtpFiles
{
    /// <summary>
    /// ncci_ptp_*.csv: column1_code, column2_code, deletion_date_yyyymmdd, modifier_indicator, ptp_edit_rationale, setting;
    /// optional effective_date_yyyymmdd. A missing effective date means in force since before the table date.
    /// </summary>
    public static int ReadSubsetCsv(string path, PtpTable.Builder into)
    {
        var n = 0;
        foreach (var row in new CsvTableReader(path).Rows("column1_code", "column2_code", "deletion_date_yyyymmdd", "modifier_indicator"))
        {
            var c1 = ProcedureCodeFiles.CheckCode(row, "column1_code");
            var c2 = ProcedureCodeFiles.CheckCode(row, "column2_code");
            var effective = row.Has("effective_date_yyyymmdd") ? row.Date("effective_date_yyyymmdd") : null;
            into.Add(new PtpEdit(c1, c2, effective, row.Date("deletion_date_yyyymmdd"), Indicator(row.Required("modifier_indicator"),
                reason => row.Fail("modifier_indicator", reason)), row.Get("ptp_edit_rationale"), row.Get("setting")));
            n++;
        }
        return n;
    }

    /// <summary>
    /// An official PTP file: tab-delimited, a copyright line and wrapped header lines first, then rows of
    /// Column 1 | Column 2 | * (in existence prior to 1996) | Effective Date | Deletion Date (* = none) | Modifier | Rationale.
    /// Lines before the first data row are skipped; a bad data row fails with its line and field.
    /// </summary>
    public static int ReadOfficialTxt(string path, string setting, PtpTable.Builder into)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"reference file '{path}' does not exist", path);
        var name = Path.GetFileName(path);
        var lineNumber = 0L;
        var inData = false;
        var n = 0;
        foreach (var raw in File.ReadLines(path, Encoding.Latin1))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            var fields = line.Split('\t');
            var first = fields[0].Trim();
            if (!inData)
            {
                if (!IsCode(first) || fields.Length < 6) continue; // copyright and header lines
                inData = true;
            }
            if (fields.Length < 6) throw new ReferenceDataException(name, lineNumber, null, $"has {fields.Length} tab-separated fields; a PTP row has 7");
            if (!IsCode(first)) throw new ReferenceDataException(name, lineNumber, "Column 1", $"'{first}' is not a 5-character CPT/HCPCS code");
            var c2 = fields[1].Trim();
            if (!IsCode(c2)) throw new ReferenceDataException(name, lineNumber, "Column 2", $"'{c2}' is not a 5-character CPT/HCPCS code");
            var effective = Date(fields[3], "Effective Date", allowStar: false);
            var deletion = Date(fields[4], "Deletion Date", allowStar: true);
            var indicator = Indicator(fields[5].Trim(), reason => new ReferenceDataException(name, lineNumber, "Modifier", reason));
            into.Add(new PtpEdit(first.ToUpperInvariant(), c2.ToUpperInvariant(), effective, deletion, indicator,
                fields.Length > 6 ? fields[6].Trim() : "", setting));
            n++;
        }
        return n;

        DateOnly? Date(string text, string field, bool allowStar)
        {
            var t = text.Trim();
            if (t.Length == 0 || (allowStar && t == "*")) return null;
            return ReferenceValues.TryParseDate(t, out var d) ? d
                : throw new ReferenceDataException(name, lineNumber, field, $"'{t}' is not a date (YYYYMMDD{(allowStar ? " or *" : "")})");
        }
    }

    private static PtpModifierIndicator Indicator(string text, Func<string, Exception> fail) => text switch
    {
        "0" => PtpModifierIndicator.NotAllowed,
        "1" => PtpModifierIndicator.Allowed,
        "9" => PtpModifierIndicator.NotApplicable,
        _ => throw fail($"'{text}' is not a modifier indicator (0, 1 or 9)"),
    };

    private static bool IsCode(string s) => s.Length == 5 && s.All(char.IsAsciiLetterOrDigit);
}
