using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Coverage;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>
/// Reads LCD-style coverage lists (docs/reference-data.md): one CSV per policy with columns policy_id, title, version,
/// effective_date, role (procedure or covered_dx), code (a code, a code.- subtree or a range), note.
/// </summary>
public static class CoverageFiles
{
    /// <summary>The policy, its version label and effective date (the earliest effective_date in the file).</summary>
    public static (CoverageList List, string Version, DateOnly EffectiveFrom) ReadCsv(string path)
    {
        string? policy = null, title = null, version = null;
        DateOnly? from = null;
        var procedures = new List<CodePattern>();
        var covered = new List<CodePattern>();
        var file = Path.GetFileName(path);
        long lastLine = 1;
        foreach (var row in new CsvTableReader(path).Rows("policy_id", "title", "version", "effective_date", "role", "code"))
        {
            lastLine = row.Line;
            var id = row.Required("policy_id");
            if (policy is not null && id != policy) throw row.Fail("policy_id", $"'{id}' differs from '{policy}' on earlier rows (one policy per file)");
            policy = id;
            title ??= row.Get("title");
            version ??= row.Required("version");
            var date = row.RequiredDate("effective_date");
            if (from is null || date < from) from = date;
            var pattern = CodePattern.TryParse(row.Get("code"), out var error) ?? throw row.Fail("code", error!);
            switch (row.Required("role").ToLowerInvariant())
            {
                case "procedure": procedures.Add(pattern); break;
                case "covered_dx": covered.Add(pattern); break;
                case var r: throw row.Fail("role", $"'{r}' is not procedure or covered_dx");
            }
        }
        if (policy is null) throw new ReferenceDataException(file, 1, null, "the file has no rows");
        if (procedures.Count == 0) throw new ReferenceDataException(file, lastLine, "role", "no row has role 'procedure'");
        if (covered.Count == 0) throw new ReferenceDataException(file, lastLine, "role", "no row has role 'covered_dx'");
        return (new CoverageList(policy, title ?? "", procedures, covered), version!, from!.Value);
    }
}
