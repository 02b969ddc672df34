using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Documentation;
using CodingAudit.Domain.Documentation.Evaluation;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.Documentation;

namespace CodingAudit.Cli.Commands.Documentation;

/// <summary><c>codingaudit evaluate-documentation --input claims.jsonl --truth expected.jsonl</c>: precision and recall
/// of the documentation check per finding kind.</summary>
internal sealed class EvaluateDocumentationCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("evaluate-documentation",
            "Run the documentation check on check-input claims and score its findings against expected findings, per kind.");
        var input = new Option<string>("--input") { Description = "Check-input JSON Lines file (one claim with its note per line).", Required = true };
        var truth = new Option<string>("--truth") { Description = "Expected findings, JSON Lines: {\"claimId\",\"kind\",\"line\"?,\"code\"?,\"expected\"?}.", Required = true };
        var seed = new Option<string?>("--seed-data") { Description = "Seed-data folder with documentation/ and reference/ (default: the repository's)." };
        var verbose = new Option<bool>("--verbose") { Description = "List every false positive and false negative." };
        command.Options.Add(input);
        command.Options.Add(truth);
        command.Options.Add(seed);
        command.Options.Add(verbose);
        command.SetHandler(parse =>
        {
            var knowledge = DocumentationCliSupport.LoadKnowledge(parse.GetValue(seed));
            var claims = DocumentationCliSupport.LoadClaims(parse.GetValue(input)!, Console.Error);
            var truthPath = parse.GetValue(truth)!;
            if (!File.Exists(truthPath)) throw new UserErrorException($"truth file not found: {truthPath}");
            var expected = ExpectedFindingsReader.ReadFile(truthPath);
            var check = new DocumentationCheck(knowledge);
            var findings = claims.SelectMany(c => check.Check(c, [])).ToList();
            var evaluation = FindingEvaluation.Evaluate(findings, expected,
                claims.Select(c => c.Claim.Id).ToHashSet(StringComparer.Ordinal), FindingKinds.DocumentationKinds);
            Console.WriteLine($"claims: {claims.Count}  expected findings: {expected.Count(e => FindingKinds.DocumentationKinds.Contains(e.Kind))}  predicted: {findings.Count}");
            Console.WriteLine($"{"kind",-24} {"TP",4} {"FP",4} {"FN",4} {"precision",10} {"recall",8}");
            foreach (var s in evaluation.Scores)
                Console.WriteLine($"{s.Kind,-24} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {Rate(s.Precision),10} {Rate(s.Recall),8}");
            var tp = evaluation.Scores.Sum(s => s.TruePositives);
            var fp = evaluation.Scores.Sum(s => s.FalsePositives);
            var fn = evaluation.Scores.Sum(s => s.FalseNegatives);
            Console.WriteLine($"{"all",-24} {tp,4} {fp,4} {fn,4} {Rate(tp + fp == 0 ? null : (double)tp / (tp + fp)),10} {Rate(tp + fn == 0 ? null : (double)tp / (tp + fn)),8}");
            if (parse.GetValue(verbose))
            {
                foreach (var f in evaluation.FalsePositives)
                    Console.WriteLine($"FP {f.ClaimId} {f.Kind} line={f.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"} {f.Code} -> {f.Expected}: {f.Message}");
                foreach (var f in evaluation.FalseNegatives)
                    Console.WriteLine($"FN {f.ClaimId} {f.Kind} line={f.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"} {f.Code} -> {f.Expected}");
            }
            return 0;
        });
        return command;
    }

    private static string Rate(double? r) => r?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
