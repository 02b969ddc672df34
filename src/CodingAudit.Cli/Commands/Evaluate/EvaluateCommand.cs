using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CodingAudit.Cli.Commands.Check;
using CodingAudit.Domain.Evaluation;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.Evaluation;

namespace CodingAudit.Cli.Commands.Evaluate;

/// <summary><c>codingaudit evaluate --input claims.jsonl --truth truth.jsonl [--kinds edits|documentation|all] [--json]</c>.</summary>
public sealed class EvaluateCommand : ICliCommand
{
    public Command Create()
    {
        var input = new Option<string>("--input") { Description = "Claims as JSON Lines (docs/check-input.md).", Required = true };
        var truth = new Option<string>("--truth") { Description = "Ground truth as JSON Lines: {\"claimId\",\"kind\",\"line\"?,\"code\"?,\"expected\"?}.", Required = true };
        var kinds = new Option<string>("--kinds") { Description = "Which finding kinds to score: edits, documentation or all.", DefaultValueFactory = _ => "all" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per kind instead of a table." };
        var reference = new Option<string?>("--reference") { Description = "Reference-data folder (default: seed-data/reference)." };
        var command = new Command("evaluate", "Run the checks over claims and score their findings against ground truth: precision and recall per kind.");
        command.Options.Add(input);
        command.Options.Add(truth);
        command.Options.Add(kinds);
        command.Options.Add(json);
        command.Options.Add(reference);
        command.SetHandler(parse => Run(parse.GetValue(input)!, parse.GetValue(truth)!, parse.GetValue(kinds)!, parse.GetValue(json),
            parse.GetValue(reference), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string input, string truthPath, string kinds, bool json, string? reference, TextWriter output, TextWriter error)
    {
        IReadOnlySet<string> selected = kinds.ToLowerInvariant() switch
        {
            "edits" => FindingKinds.EditKinds.ToHashSet(StringComparer.Ordinal),
            "documentation" => FindingKinds.DocumentationKinds.ToHashSet(StringComparer.Ordinal),
            "all" => FindingKinds.EditKinds.Concat(FindingKinds.DocumentationKinds).ToHashSet(StringComparer.Ordinal),
            _ => throw new UserErrorException($"--kinds '{kinds}' is not edits, documentation or all"),
        };
        var truth = GroundTruthReader.Read(truthPath);
        var session = CheckSession.Open(reference, null);
        var errors = new List<string>();
        var claims = CheckSession.ReadInput(input, errors);
        foreach (var e in errors) error.WriteLine($"skipped input {e}");
        var claimIds = claims.Select(c => c.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var findings = session.Run(claims).ToList();
        // Truth for claims that were not read (malformed lines) would count as misses of the checks; leave it out.
        var scores = FindingScorer.Score(findings, truth.Where(t => claimIds.Contains(t.ClaimId)), selected)
            .Where(s => s.TruePositives + s.FalsePositives + s.FalseNegatives > 0).ToList();
        var total = FindingScorer.Total(scores);
        if (json)
        {
            foreach (var s in scores.Append(total))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    kind = s.Kind, truePositives = s.TruePositives, falsePositives = s.FalsePositives, falseNegatives = s.FalseNegatives,
                    precision = s.Precision, recall = s.Recall,
                }));
            }
            return 0;
        }
        output.WriteLine($"{claims.Count} claims, {truth.Count} truth rows, {findings.Count(f => f.IsError)} findings; checks: {string.Join(", ", session.Checks.Select(c => c.Name))}");
        output.WriteLine($"{"kind",-24} {"TP",6} {"FP",6} {"FN",6} {"precision",10} {"recall",8}");
        foreach (var s in scores.Append(total))
            output.WriteLine($"{s.Kind,-24} {s.TruePositives,6} {s.FalsePositives,6} {s.FalseNegatives,6} {Pct(s.Precision),10} {Pct(s.Recall),8}");
        output.WriteLine("Kinds with truth but no finding of that kind are ones no registered check produces yet.");
        return 0;
    }

    private static string Pct(double? v) => v is { } x ? x.ToString("P1", CultureInfo.InvariantCulture) : "-";
}
