using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Cli.Commands.Check;

/// <summary>Writes findings as JSON Lines (one object per finding) or as a readable table.</summary>
internal static class FindingOutput
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJson(TextWriter output, Finding f)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("claimId", f.ClaimId);
            if (f.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
            w.WriteString("kind", f.Kind);
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("category", f.Category);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", f.Code);
            if (f.Expected is { } e) w.WriteString("expected", e); else w.WriteNull("expected");
            w.WriteString("message", f.Message);
            w.WriteString("citation", f.Citation);
            if (f.Amount is { } a) w.WriteNumber("amount", a); else w.WriteNull("amount");
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }
        string[] head = ["claim", "line", "kind", "rule", "severity", "code", "expected", "amount"];
        var rows = findings.Select(f => new[]
        {
            f.ClaimId, f.Line?.ToString(CultureInfo.InvariantCulture) ?? "-", f.Kind, f.RuleId, f.Severity.ToString().ToLowerInvariant(),
            f.Code, f.Expected ?? "", f.Amount is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "",
        }).ToList();
        var widths = head.Select((h, i) => Math.Min(28, Math.Max(h.Length, rows.Max(r => r[i].Length)))).ToArray();
        string Row(string[] cells) => string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "~" : c).PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Row(head));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        for (var i = 0; i < findings.Count; i++)
        {
            output.WriteLine(Row(rows[i]));
            output.WriteLine($"    {findings[i].Message}");
            output.WriteLine($"    [{findings[i].Citation}]");
        }
    }
}
