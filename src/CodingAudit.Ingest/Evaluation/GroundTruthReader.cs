using System.Text.Json;
using CodingAudit.Domain.Evaluation;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Ingest.Evaluation;

/// <summary>
/// Reads ground truth as JSON Lines: {"claimId","kind","line"?,"code"?,"expected"?}; other properties are ignored.
/// A bad line fails with the file, line and field.
/// </summary>
public static class GroundTruthReader
{
    public static IReadOnlyList<ExpectedFinding> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"truth file '{path}' does not exist", path);
        var name = Path.GetFileName(path);
        var list = new List<ExpectedFinding>();
        var number = 0L;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (text.Trim().Length == 0) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException e) { throw new ReferenceDataException(name, number, null, $"not valid JSON ({e.Message.Split(" Path:")[0]})"); }
            using (doc)
            {
                var o = doc.RootElement;
                string? S(string p) => o.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var claimId = S("claimId") ?? throw new ReferenceDataException(name, number, "claimId", "is required");
                var kind = S("kind") ?? throw new ReferenceDataException(name, number, "kind", "is required");
                if (!FindingKinds.IsKnown(kind)) throw new ReferenceDataException(name, number, "kind", $"'{kind}' is not a finding kind");
                int? line = null;
                if (o.TryGetProperty("line", out var l) && l.ValueKind != JsonValueKind.Null)
                    line = l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var n) ? n : throw new ReferenceDataException(name, number, "line", "is not a whole number");
                list.Add(new ExpectedFinding(claimId, kind, line, S("code"), S("expected")));
            }
        }
        return list;
    }
}
