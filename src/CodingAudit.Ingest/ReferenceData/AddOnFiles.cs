using CodingAudit.Domain.Edits;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads NCCI add-on code edits (ISO dates as shipped, or the official Julian YYYYDDD dates).</summary>
public static class AddOnFiles
{
    /// <summary>aoc_edit_type, addon_code, primary_code, aoc_edit_effective_date, aoc_edit_deletion_date, special_instruction_notes.</summary>
    public static IReadOnlyList<AddOnEdit> ReadCsv(string path)
    {
        var edits = new List<AddOnEdit>();
        foreach (var row in new CsvTableReader(path).Rows("aoc_edit_type", "addon_code", "primary_code", "aoc_edit_effective_date", "aoc_edit_deletion_date"))
        {
            var type = row.Int("aoc_edit_type");
            if (type is < 1 or > 3) throw row.Fail("aoc_edit_type", $"{type} is not an edit type (1, 2 or 3)");
            var addOn = ProcedureCodeFiles.CheckCode(row, "addon_code");
            var primary = row.Get("primary_code").ToUpperInvariant();
            if (type != 2 && primary.Length != 5) throw row.Fail("primary_code", $"'{primary}' is not a 5-character code (or CCCCC)");
            edits.Add(new AddOnEdit(type, addOn, primary, Date(row, "aoc_edit_effective_date"), Date(row, "aoc_edit_deletion_date"),
                row.Get("special_instruction_notes")));
        }
        return edits;
    }

    private static DateOnly? Date(CsvRow row, string column)
    {
        var v = row.Get(column);
        if (v.Length == 7 && ReferenceValues.TryParseJulian(v, out var julian)) return julian;
        return row.Date(column);
    }
}
