using System.CommandLine;
using System.Text.Json;
using CodingAudit.Cli.Commands.Check;
using CodingAudit.Domain.Documentation;

namespace CodingAudit.Cli.Commands.Documentation;

/// <summary><c>codingaudit check-documentation &lt;input&gt; [--json] [--explain]</c>: the documentation check alone, with
/// the analyser's reading of each note on request.</summary>
internal sealed class CheckDocumentationCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("check-documentation", "Compare billed codes with the clinical notes of check-input claims (documentation check only).");
        var input = new Argument<string>("input") { Description = "Check-input JSON Lines file (one claim with its note per line)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per finding per line." };
        var explain = new Option<bool>("--explain") { Description = "Also print the sections, mentions, procedures, time and MDM read from each note." };
        var seed = new Option<string?>("--seed-data") { Description = "Seed-data folder with documentation/ and reference/ (default: the repository's)." };
        command.Arguments.Add(input);
        command.Options.Add(json);
        command.Options.Add(explain);
        command.Options.Add(seed);
        command.SetHandler(parse =>
        {
            var knowledge = DocumentationCliSupport.LoadKnowledge(parse.GetValue(seed));
            var errors = new List<string>();
            var claims = CheckSession.ReadInput(parse.GetValue(input)!, errors);
            foreach (var e in errors) Console.Error.WriteLine($"skipped input {e}");
            var analyser = new RuleBasedNoteAnalyser(knowledge);
            var check = new DocumentationCheck(analyser, knowledge);
            var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
            foreach (var claim in claims)
            {
                if (parse.GetValue(explain))
                {
                    var a = analyser.Analyse(claim.NoteText);
                    Console.WriteLine($"== {claim.Claim.Id}");
                    foreach (var s in a.Sections) Console.WriteLine($"  section {s.Kind} '{s.Heading}' [{s.Start},{s.End})");
                    foreach (var m in a.Mentions)
                        Console.WriteLine($"  mention {m.ConceptId} '{m.Text}' {m.Assertion} [{string.Join(",", m.Attributes)}] {m.Code} ({m.Sentence.Section}: {m.Sentence.Text})");
                    foreach (var p in a.Procedures)
                        Console.WriteLine($"  procedure {p.Code} '{p.Text}' {p.Assertion} side={p.Side} count={p.Count} min={p.Minutes}");
                    if (a.TotalTime is not null) Console.WriteLine($"  time {a.TotalTime.Minutes} min");
                    if (a.Mdm is not null) Console.WriteLine($"  mdm level {a.Mdm.Level}");
                }
                foreach (var f in check.Check(claim, []))
                {
                    if (parse.GetValue(json))
                        Console.WriteLine(JsonSerializer.Serialize(new
                        {
                            claimId = f.ClaimId, line = f.Line, kind = f.Kind, ruleId = f.RuleId, category = f.Category,
                            severity = f.Severity.ToString().ToLowerInvariant(), code = f.Code, expected = f.Expected,
                            message = f.Message, citation = f.Citation, amount = f.Amount,
                            evidence = f.Evidence is null ? null : new { text = f.Evidence.Text, start = f.Evidence.Start, end = f.Evidence.End },
                        }, options));
                    else
                        Console.WriteLine($"{f.ClaimId,-10} {f.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",4} {f.Kind,-22} {f.Code,-8} {f.Expected ?? "",-8} {f.Message}");
                }
            }
            return 0;
        });
        return command;
    }
}
