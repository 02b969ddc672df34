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
        Span<Range> fields = stackalloc Range[8];
        using var reader = new StreamReader(path, Encoding.Latin1, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            var line = text.AsSpan().TrimEnd('\r');
            if (line.IsWhiteSpace()) continue;
            var count = line.Split(fields, '\t');
            var first = line[fields[0]].Trim();
            if (!inData)
            {
                if (!IsCode(first) || count < 6) continue; // copyright and header lines
                inData = true;
            }
            if (count < 6) throw new ReferenceDataException(name, lineNumber, null, $"has {count} tab-separated fields; a PTP row has 7");
            if (!IsCode(first)) throw new ReferenceDataException(name, lineNumber, "Column 1", $"'{first}' is not a 5-character CPT/HCPCS code");
            var c2 = line[fields[1]].Trim();
            if (!IsCode(c2)) throw new ReferenceDataException(name, lineNumber, "Column 2", $"'{c2}' is not a 5-character CPT/HCPCS code");
            var effective = Date(line[fields[3]], "Effective Date", allowStar: false, name, lineNumber);
            var deletion = Date(line[fields[4]], "Deletion Date", allowStar: true, name, lineNumber);
            var indicatorText = line[fields[5]].Trim();
            var indicator = indicatorText.Length == 1 && indicatorText[0] is '0' or '1' or '9'
                ? (PtpModifierIndicator)(indicatorText[0] - '0')
                : throw new ReferenceDataException(name, lineNumber, "Modifier", $"'{indicatorText}' is not a modifier indicator (0, 1 or 9)");
            into.Add(first, c2, effective, deletion, indicator, count > 6 ? line[fields[6]].Trim() : default);
            n++;
        }
        return n;
    }

    /// <summary>
    /// An official quarterly PTP change report as shipped (column1_code, column2_code, modifier_indicator, change_type,
    /// effective_date): additions add a row from the effective date; deletions close the open row on it; modifier
    /// indicator changes close the open row and add one with the new indicator. Apply it after the base table.
    /// </summary>
    public static int ApplyChangesCsv(string path, PtpTable.Builder into)
    {
        var n = 0;
        foreach (var row in new CsvTableReader(path).Rows("column1_code", "column2_code", "modifier_indicator", "change_type", "effective_date"))
        {
            var c1 = ProcedureCodeFiles.CheckCode(row, "column1_code");
            var c2 = ProcedureCodeFiles.CheckCode(row, "column2_code");
            var date = row.RequiredDate("effective_date");
            var indicator = Indicator(row.Required("modifier_indicator"), reason => row.Fail("modifier_indicator", reason));
            var rationale = row.Get("ptp_edit_rationale") is { Length: > 0 } r ? r : "Quarterly change report";
            switch (row.Required("change_type"))
            {
                case "addition":
                    into.Add(new PtpEdit(c1, c2, date, null, indicator, rationale, row.Get("setting")));
                    break;
                case "deletion":
                    into.Close(c1, c2, date);
                    break;
                case "modifier_indicator_change":
                    into.Close(c1, c2, date);
                    into.Add(new PtpEdit(c1, c2, date, null, indicator, rationale, row.Get("setting")));
                    break;
                case var t:
                    throw row.Fail("change_type", $"'{t}' is not addition, deletion or modifier_indicator_change");
            }
            n++;
        }
        return n;
    }

    private static DateOnly? Date(ReadOnlySpan<char> text, string field, bool allowStar, string file, long line)
    {
        var t = text.Trim();
        if (t.IsEmpty || (allowStar && t is "*")) return null;
        return DateOnly.TryParseExact(t, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
            : throw new ReferenceDataException(file, line, field, $"'{t}' is not a date (YYYYMMDD{(allowStar ? " or *" : "")})");
    }

    private static PtpModifierIndicator Indicator(string text, Func<string, Exception> fail) => text switch
    {
        "0" => PtpModifierIndicator.NotAllowed,
        "1" => PtpModifierIndicator.Allowed,
        "9" => PtpModifierIndicator.NotApplicable,
        _ => throw fail($"'{text}' is not a modifier indicator (0, 1 or 9)"),
    };

    private static bool IsCode(ReadOnlySpan<char> s)
    {
        if (s.Length != 5) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }
}
