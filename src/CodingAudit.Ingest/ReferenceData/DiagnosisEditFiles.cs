using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Reads the MCE code edits and the Excludes1 notes.</summary>
public static class DiagnosisEditFiles
{
    /// <summary>mce_code_edits_*.csv: icd10cm_code, edit_kind (age, sex, manifestation_as_principal), age_min, age_max, sex_allowed, edit_rule_label.</summary>
    public static IReadOnlyList<MceEdit> ReadMceCsv(string path)
    {
        var edits = new List<MceEdit>();
        foreach (var row in new CsvTableReader(path).Rows("icd10cm_code", "edit_kind", "age_min", "age_max", "sex_allowed"))
        {
            var code = row.Required("icd10cm_code");
            var label = row.Get("edit_rule_label");
            switch (row.Required("edit_kind"))
            {
                case "age":
                    var min = row.Int("age_min");
                    var max = row.Int("age_max");
                    if (min < 0 || max < min) throw row.Fail("age_max", $"age range {min}-{max} is not 0 <= min <= max");
                    edits.Add(new MceEdit(code, MceEditKind.Age, label, min, max));
                    break;
                case "sex":
                    var sex = row.Required("sex_allowed") switch
                    {
                        "F" => Sex.Female,
                        "M" => Sex.Male,
                        var s => throw row.Fail("sex_allowed", $"'{s}' is not F or M"),
                    };
                    edits.Add(new MceEdit(code, MceEditKind.Sex, label, allowedSex: sex));
                    break;
                case "manifestation_as_principal":
                    edits.Add(new MceEdit(code, MceEditKind.Manifestation, label));
                    break;
                case var k:
                    throw row.Fail("edit_kind", $"'{k}' is not age, sex or manifestation_as_principal");
            }
        }
        return edits;
    }

    /// <summary>icd10cm_excludes1_*.csv: source_code_or_section, note_level, excludes1_note_text, referenced_code_or_range
    /// (blank when the note names no code; such notes are kept out of the index).</summary>
    public static IReadOnlyList<Excludes1Note> ReadExcludes1Csv(string path)
    {
        var notes = new List<Excludes1Note>();
        foreach (var row in new CsvTableReader(path).Rows("source_code_or_section", "note_level", "excludes1_note_text", "referenced_code_or_range"))
        {
            var referenced = row.Get("referenced_code_or_range");
            if (referenced.Length == 0) continue;
            var source = CodePattern.TryParse(row.Required("source_code_or_section"), out var e1) ?? throw row.Fail("source_code_or_section", e1!);
            var excluded = CodePattern.TryParse(referenced, out var e2) ?? throw row.Fail("referenced_code_or_range", e2!);
            notes.Add(new Excludes1Note(source, row.Get("note_level"), row.Get("excludes1_note_text"), excluded));
        }
        return notes;
    }
}
