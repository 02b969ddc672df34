using System.Globalization;
using CodingAudit.Ingest.Csv;

namespace CodingAudit.Synthetic.Reference;

/// <summary>
/// The slices of the shipped reference tables the generator needs to prove that an injected error really is one
/// (and that clean claims are clean): ICD-10-CM billable codes, NCCI PTP and MUE (practitioner), add-on code edits,
/// MCE age and sex edits and Excludes1 notes. Read from seed-data/reference; not the edit engine.
/// </summary>
public sealed class EditTables
{
    private readonly Dictionary<string, (bool Billable, string Description)> _icd = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<(DateOnly? Deleted, int Indicator)>> _ptp = new();
    private readonly Dictionary<string, (int Value, int Mai)> _mue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _addOnPrimaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Min, int Max)> _age = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char> _sex = new(StringComparer.Ordinal);
    private readonly List<(string Source, string Referenced)> _excludes1 = [];

    public const string IcdFile = "icd10cm_codes_fy2024_subset.csv";
    public const string PtpFile = "ncci_ptp_practitioner_2024q3.csv";
    public const string MueFile = "ncci_mue_2024q3.csv";
    public const string AddOnFile = "ncci_addon_code_edits_2025q4.csv";
    public const string MceFile = "mce_code_edits_fy2024_v41.csv";
    public const string Excludes1File = "icd10cm_excludes1_fy2021_tabular.csv";

    public static EditTables Load(string referenceFolder)
    {
        var t = new EditTables();
        Each(referenceFolder, IcdFile, ["icd10cm_code", "billable", "long_description"], r =>
            t._icd[r("icd10cm_code")] = (r("billable") == "1", r("long_description")));
        Each(referenceFolder, PtpFile, ["column1_code", "column2_code", "deletion_date_yyyymmdd", "modifier_indicator"], r =>
        {
            var key = (r("column1_code"), r("column2_code"));
            if (!t._ptp.TryGetValue(key, out var list)) t._ptp[key] = list = [];
            var deleted = r("deletion_date_yyyymmdd");
            list.Add((deleted.Length == 0 ? null : DateOnly.ParseExact(deleted, "yyyyMMdd", CultureInfo.InvariantCulture),
                int.Parse(r("modifier_indicator"), CultureInfo.InvariantCulture)));
        });
        Each(referenceFolder, MueFile, ["hcpcs_cpt_code", "mue_value", "mue_adjudication_indicator", "setting"], r =>
        {
            if (r("setting") == "practitioner")
                t._mue[r("hcpcs_cpt_code")] = (int.Parse(r("mue_value"), CultureInfo.InvariantCulture),
                    int.Parse(r("mue_adjudication_indicator"), CultureInfo.InvariantCulture));
        });
        Each(referenceFolder, AddOnFile, ["aoc_edit_type", "addon_code", "primary_code", "aoc_edit_deletion_date"], r =>
        {
            if (r("aoc_edit_type") != "1" || r("aoc_edit_deletion_date").Length > 0) return;
            if (!t._addOnPrimaries.TryGetValue(r("addon_code"), out var list)) t._addOnPrimaries[r("addon_code")] = list = [];
            list.Add(r("primary_code"));
        });
        Each(referenceFolder, MceFile, ["icd10cm_code", "edit_kind", "age_min", "age_max", "sex_allowed"], r =>
        {
            if (r("edit_kind") == "age")
                t._age[r("icd10cm_code")] = (int.Parse(r("age_min"), CultureInfo.InvariantCulture), int.Parse(r("age_max"), CultureInfo.InvariantCulture));
            else if (r("edit_kind") == "sex" && r("sex_allowed").Length == 1)
                t._sex[r("icd10cm_code")] = r("sex_allowed")[0];
        });
        Each(referenceFolder, Excludes1File, ["source_code_or_section", "referenced_code_or_range"], r =>
        {
            if (r("referenced_code_or_range").Length > 0) t._excludes1.Add((r("source_code_or_section"), r("referenced_code_or_range")));
        });
        return t;
    }

    private static void Each(string folder, string file, string[] columns, Action<Func<string, string>> row)
    {
        using var csv = CsvReader.Open(Path.Combine(folder, file));
        var header = CsvHeader.Read(csv, columns);
        var index = columns.ToDictionary(c => c, header.IndexOf, StringComparer.Ordinal);
        while (csv.Read()) row(c => csv[index[c]].Trim());
    }

    public bool IsBillable(string icd) => _icd.TryGetValue(icd, out var e) && e.Billable;

    public string DescriptionOf(string icd) => _icd.TryGetValue(icd, out var e) ? e.Description : "";

    /// <summary>The modifier indicator (0 or 1) of a PTP edit in force on the date, or null when none applies.</summary>
    public int? ActivePtp(string column1, string column2, DateOnly serviceDate)
    {
        if (!_ptp.TryGetValue((column1, column2), out var rows)) return null;
        foreach (var (deleted, indicator) in rows)
            if (indicator != 9 && (deleted is null || deleted.Value > serviceDate)) return indicator;
        return null;
    }

    public (int Value, int Mai)? Mue(string code) => _mue.TryGetValue(code, out var m) ? m : null;

    /// <summary>Primary codes of a type-1 add-on code, or null when the code is not such an add-on.</summary>
    public IReadOnlyList<string>? AddOnPrimaries(string code) => _addOnPrimaries.TryGetValue(code, out var p) ? p : null;

    /// <summary>True when the MCE age edit of the code excludes the age.</summary>
    public bool AgeConflict(string icd, int age) => _age.TryGetValue(icd, out var r) && (age < r.Min || age > r.Max);

    /// <summary>True when the MCE sex edit of the code excludes the sex ('F' or 'M').</summary>
    public bool SexConflict(string icd, char sex) => _sex.TryGetValue(icd, out var allowed) && allowed != sex;

    /// <summary>True when an Excludes1 note puts the two codes in conflict (in either direction).</summary>
    public bool Excludes1(string a, string b)
    {
        foreach (var (source, referenced) in _excludes1)
        {
            if ((Covers(source, a) && Covers(referenced, b)) || (Covers(source, b) && Covers(referenced, a))) return true;
        }
        return false;
    }

    // A note's code or range covers a code: "E10.-" a subtree, "O10-O11" a category range, "M54.5" the code and its children.
    private static bool Covers(string pattern, string code)
    {
        var dash = pattern.IndexOf('-');
        if (dash > 0 && dash < pattern.Length - 1 && pattern[dash - 1] != '.')
        {
            var from = pattern[..dash];
            var to = pattern[(dash + 1)..];
            var category = code.Length >= 3 ? code[..3] : code;
            return string.CompareOrdinal(category, from[..Math.Min(3, from.Length)]) >= 0 &&
                   string.CompareOrdinal(category, to[..Math.Min(3, to.Length)]) <= 0;
        }
        var prefix = pattern.TrimEnd('-').TrimEnd('.');
        return code.StartsWith(prefix, StringComparison.Ordinal) &&
               (code.Length == prefix.Length || code[prefix.Length] == '.' || prefix.Contains('.'));
    }
}
