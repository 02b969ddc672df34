using System.Text.Json;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Ingest.PayerRules;

/// <summary>
/// Reads payer rule files (docs/payer-rules.md): one file per payer, named &lt;PAYERID&gt;.jsonl, one rule per line as a
/// JSON object; blank lines and lines starting with # are ignored. A bad rule rejects the file with its line and reason.
/// </summary>
public static class PayerRuleFiles
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "message", "codes", "severity", "effectiveFrom", "effectiveTo", "requiredDiagnoses", "requiredModifiers",
        "forbiddenModifiers", "maxUnitsPerDay", "frequency", "minAge", "maxAge", "sex", "notCovered", "description",
    };

    /// <summary>Every *.jsonl file in <paramref name="folder"/>; an absent folder gives an empty book.</summary>
    public static PayerRuleBook ReadFolder(string folder)
    {
        if (!Directory.Exists(folder)) return PayerRuleBook.Empty;
        return new PayerRuleBook(Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile).ToArray());
    }

    /// <summary>The rules of one payer's file; the payer id is the file name without its extension.</summary>
    public static IReadOnlyList<PayerRule> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"payer rule file '{path}' does not exist", path);
        var name = Path.GetFileName(path);
        var payer = Path.GetFileNameWithoutExtension(path);
        var rules = new List<PayerRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0L;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var rule = ParseRule(text, payer, $"{name}:{lineNumber}", (field, reason) => new ReferenceDataException(name, lineNumber, field, reason));
            if (!ids.Add(rule.Id)) throw new ReferenceDataException(name, lineNumber, "id", $"rule id '{rule.Id}' is used twice in the file");
            rules.Add(rule);
        }
        return rules;
    }

    internal static PayerRule ParseRule(string json, string payer, string source, Func<string?, string, Exception> fail)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw fail(null, $"not a JSON object: {e.Message}");
        }
        using (doc)
        {
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object) throw fail(null, "a rule is a JSON object");
            foreach (var p in o.EnumerateObject())
            {
                if (!Known.Contains(p.Name)) throw fail(p.Name, $"unknown property (known: {string.Join(", ", Known.Order(StringComparer.Ordinal))})");
            }
            var id = String(o, "id", true)!;
            var message = String(o, "message", true)!;
            var codes = Patterns(o, "codes");
            if (codes.Count == 0) throw fail("codes", "is required: a list of codes, code families (9921*) or ranges (97110-97140)");
            var severity = String(o, "severity", false) switch
            {
                null or "medium" => Severity.Medium,
                "low" => Severity.Low,
                "high" => Severity.High,
                var s => throw fail("severity", $"'{s}' is not low, medium or high"),
            };
            var from = Date(o, "effectiveFrom");
            var to = Date(o, "effectiveTo");
            if (from is { } f && to is { } t && t < f) throw fail("effectiveTo", $"{t:yyyy-MM-dd} is before effectiveFrom");
            int? maxLines = null;
            if (o.TryGetProperty("frequency", out var freq))
            {
                if (freq.ValueKind != JsonValueKind.Object) throw fail("frequency", "is an object like {\"max\": 1, \"per\": \"day\"}");
                var per = freq.TryGetProperty("per", out var perEl) && perEl.ValueKind == JsonValueKind.String ? perEl.GetString() : null;
                if (per != "day") throw fail("frequency", $"'per' must be \"day\" (the check sees one date of service at a time), not {(per is null ? "missing" : $"\"{per}\"")}");
                maxLines = freq.TryGetProperty("max", out var maxEl) && maxEl.ValueKind == JsonValueKind.Number && maxEl.TryGetInt32(out var m) && m >= 0
                    ? m : throw fail("frequency", "'max' must be a whole number >= 0");
            }
            var minAge = Int(o, "minAge");
            var maxAge = Int(o, "maxAge");
            if (minAge is { } lo && maxAge is { } hi && hi < lo) throw fail("maxAge", $"{hi} is below minAge {lo}");
            Sex? sex = String(o, "sex", false) switch
            {
                null => null,
                "F" => Sex.Female,
                "M" => Sex.Male,
                var s => throw fail("sex", $"'{s}' is not F or M"),
            };
            var notCovered = false;
            if (o.TryGetProperty("notCovered", out var nc))
            {
                notCovered = nc.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw fail("notCovered", "must be true or false"),
                };
            }
            var required = Modifiers(o, "requiredModifiers");
            var forbidden = Modifiers(o, "forbiddenModifiers");
            var dx = Patterns(o, "requiredDiagnoses");
            var maxUnits = Int(o, "maxUnitsPerDay");
            var hasConstraint = dx.Count > 0 || required.Count > 0 || forbidden.Count > 0 || maxUnits is not null || maxLines is not null ||
                                minAge is not null || maxAge is not null || sex is not null || notCovered;
            if (!hasConstraint)
                throw fail(null, "states no constraint (requiredDiagnoses, requiredModifiers, forbiddenModifiers, maxUnitsPerDay, frequency, minAge, maxAge, sex or notCovered)");
            return new PayerRule(payer, id, message, codes, severity, from, to, dx, required, forbidden, maxUnits, maxLines, minAge, maxAge, sex,
                notCovered, source);

            string? String(JsonElement e, string name, bool required)
            {
                if (!e.TryGetProperty(name, out var v))
                    return required ? throw fail(name, "is required") : null;
                if (v.ValueKind != JsonValueKind.String || v.GetString()!.Trim().Length == 0) throw fail(name, "must be a non-empty string");
                return v.GetString()!.Trim();
            }

            int? Int(JsonElement e, string name)
            {
                if (!e.TryGetProperty(name, out var v)) return null;
                return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 0 ? n : throw fail(name, "must be a whole number >= 0");
            }

            DateOnly? Date(JsonElement e, string name)
            {
                var s = String(e, name, false);
                if (s is null) return null;
                return DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : throw fail(name, $"'{s}' is not a date (yyyy-MM-dd)");
            }

            List<string> Strings(JsonElement e, string name)
            {
                if (!e.TryGetProperty(name, out var v)) return [];
                if (v.ValueKind != JsonValueKind.Array) throw fail(name, "must be a list of strings");
                var list = new List<string>();
                foreach (var item in v.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String) throw fail(name, "must be a list of strings");
                    list.Add(item.GetString()!.Trim().ToUpperInvariant());
                }
                return list;
            }

            List<CodePattern> Patterns(JsonElement e, string name) =>
                Strings(e, name).Select(s => CodePattern.TryParse(s, out var error) ?? throw fail(name, error!)).ToList();

            List<string> Modifiers(JsonElement e, string name)
            {
                var list = Strings(e, name);
                foreach (var m in list)
                {
                    if (m.Length != 2 || !m.All(char.IsAsciiLetterOrDigit)) throw fail(name, $"'{m}' is not a two-character modifier");
                }
                return list;
            }
        }
    }
}
