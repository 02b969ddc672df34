using System.Text.Json;
using CodingAudit.Domain.Documentation.Evaluation;

namespace CodingAudit.Ingest.Documentation;

/// <summary>Reads a ground-truth JSON Lines file: {"claimId","kind","line"?,"code"?,"expected"?} per expected finding.</summary>
public static class ExpectedFindingsReader
{
    public static IReadOnlyList<ExpectedFinding> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<ExpectedFinding> Read(TextReader reader, string file)
    {
        var result = new List<ExpectedFinding>();
        var number = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                using var json = JsonDocument.Parse(text);
                var r = json.RootElement;
                string? Get(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                int? line = r.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null;
                var claimId = Get("claimId");
                var kind = Get("kind");
                if (string.IsNullOrWhiteSpace(claimId)) throw new InvalidDataException($"{file}:{number}: field 'claimId' is missing");
                if (string.IsNullOrWhiteSpace(kind)) throw new InvalidDataException($"{file}:{number}: field 'kind' is missing");
                result.Add(new ExpectedFinding(claimId, kind, line, Get("code"), Get("expected")));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{file}:{number}: not valid JSON ({e.Message})", e);
            }
        }
        return result;
    }
}
