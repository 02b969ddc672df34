using System.Text;
using CodingAudit.Domain.Codes;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads ICD-10-CM code lists: the shipped subset CSV and the official fixed-width order file.</summary>
public static class IcdCodeFiles
{
    /// <summary>icd10cm_codes_*.csv: icd10cm_code, billable (1/0), long_description.</summary>
    public static IReadOnlyList<IcdCode> ReadSubsetCsv(string path)
    {
        var codes = new List<IcdCode>();
        foreach (var row in new CsvTableReader(path).Rows("icd10cm_code", "billable", "long_description"))
        {
            var code = row.Required("icd10cm_code");
            if (!LooksLikeIcd(code)) throw row.Fail("icd10cm_code", $"'{code}' is not an ICD-10-CM code");
            var billable = row.Required("billable") switch
            {
                "1" => true,
                "0" => false,
                var v => throw row.Fail("billable", $"'{v}' is not 1 or 0"),
            };
            codes.Add(new IcdCode(code, billable, row.Get("long_description")));
        }
        return codes;
    }

    /// <summary>
    /// The official order file (icd10cm_order_YYYY.txt), fixed width: columns 1-5 order number, 7-13 code without the
    /// dot, 15 billable flag (1 valid for claims, 0 header), 17-76 short description, 78 on long description.
    /// </summary>
    public static IReadOnlyList<IcdCode> ReadOrderFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"reference file '{path}' does not exist", path);
        var name = Path.GetFileName(path);
        var codes = new List<IcdCode>();
        var lineNumber = 0L;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (line.Length < 17) throw new ReferenceDataException(name, lineNumber, "line", $"is {line.Length} characters; the order file layout needs at least 17");
            if (!int.TryParse(line.AsSpan(0, 5), out _)) throw new ReferenceDataException(name, lineNumber, "order number (columns 1-5)", $"'{line[..5]}' is not a number");
            var code = line.Substring(6, 7).Trim();
            if (!LooksLikeIcd(code)) throw new ReferenceDataException(name, lineNumber, "code (columns 7-13)", $"'{code}' is not an ICD-10-CM code");
            var billable = line[14] switch
            {
                '1' => true,
                '0' => false,
                var c => throw new ReferenceDataException(name, lineNumber, "billable flag (column 15)", $"'{c}' is not 1 or 0"),
            };
            var description = line.Length > 77 ? line[77..].Trim() : line[16..Math.Min(line.Length, 76)].Trim();
            codes.Add(new IcdCode(code, billable, description));
        }
        return codes;
    }

    private static bool LooksLikeIcd(string code)
    {
        var c = code.Replace(".", "", StringComparison.Ordinal);
        return c.Length is >= 3 and <= 7 && char.IsAsciiLetter(c[0]) && c.All(char.IsAsciiLetterOrDigit);
    }
}
