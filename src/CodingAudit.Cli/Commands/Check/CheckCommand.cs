using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Cli.Commands.Check;

/// <summary><c>codingaudit check &lt;input&gt; [--json] [--reference DIR] [--payer-rules DIR]</c>: checks claims without the database.</summary>
public sealed class CheckCommand : ICliCommand
{
    public Command Create()
    {
        var input = new Argument<string>("input") { Description = "A JSON Lines file with one claim per line (docs/check-input.md), or an import folder." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per finding per line instead of a table." };
        var reference = new Option<string?>("--reference") { Description = "Reference-data folder with releases.csv (default: seed-data/reference)." };
        var payerRules = new Option<string?>("--payer-rules") { Description = "Folder of payer rule files <PAYERID>.jsonl (default: payer-rules beside the reference folder, i.e. seed-data/payer-rules)." };
        var command = new Command("check", "Check coded claims against payer edits and coding rules (no database needed).");
        command.Arguments.Add(input);
        command.Options.Add(json);
        command.Options.Add(reference);
        command.Options.Add(payerRules);
        command.SetHandler(parse => Run(parse.GetValue(input)!, parse.GetValue(json), parse.GetValue(reference), parse.GetValue(payerRules),
            Console.Out, Console.Error));
        return command;
    }

    public static int Run(string input, bool json, string? reference, string? payerRules, TextWriter output, TextWriter error)
    {
        var session = CheckSession.Open(reference, payerRules);
        var errors = new List<string>();
        var claims = CheckSession.ReadInput(input, errors);
        foreach (var e in errors) error.WriteLine($"skipped input {e}");
        var findings = new List<Finding>();
        foreach (var f in session.Run(claims))
        {
            if (json) FindingOutput.WriteJson(output, f);
            else findings.Add(f);
        }
        if (json) return 0;
        FindingOutput.WriteTable(output, findings);
        output.WriteLine();
        output.WriteLine($"{claims.Count} claims checked, {errors.Count} input lines skipped, {findings.Count(f => f.IsError)} findings, " +
                         $"{findings.Count(f => !f.IsError)} no-edit-data notices.");
        foreach (var g in findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {g.Key,-24} {g.Count(),6}  {g.Sum(f => f.Amount ?? 0).ToString("0.00", CultureInfo.InvariantCulture),12}");
        output.WriteLine("Reference data used:");
        foreach (var r in session.ReleasesUsed)
            output.WriteLine($"  {r.Table} {r.Version} ({r.SourceFile}, {r.RowCount} rows, sha256 {r.Sha256[..Math.Min(12, r.Sha256.Length)]})");
        return 0;
    }
}
