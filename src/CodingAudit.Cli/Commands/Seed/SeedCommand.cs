using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodingAudit.Ingest.Import;
using CodingAudit.Synthetic.Generation;

namespace CodingAudit.Cli.Commands.Seed;

/// <summary><c>codingaudit seed generate</c>: writes a reproducible synthetic import folder with ground truth.</summary>
internal sealed class SeedCommand : ICliCommand
{
    public Command Create()
    {
        var seed = new Command("seed", "Synthetic seed data for demos, tests and evaluation.");
        seed.Subcommands.Add(CreateGenerate());
        seed.Subcommands.Add(CreateValidate());
        return seed;
    }

    private static Command CreateValidate()
    {
        var folder = new Argument<string>("folder") { Description = "An import folder (docs/import-format.md)." };
        var rejectsFile = new Option<string?>("--rejects") { Description = "Write the rejects report (CSV: file, line, field, reason) to this path." };
        var command = new Command("validate", "Read an import folder as an import would, without a database: counts per file, rejects and read speed.");
        command.Arguments.Add(folder);
        command.Options.Add(rejectsFile);
        command.SetHandler(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path)) throw new UserErrorException($"import folder '{path}' does not exist");
            var rejects = new ImportRejects();
            var clock = Stopwatch.StartNew();
            var claims = ImportFolderScan.Run(path, rejects, done =>
            {
                if (done % 200_000 == 0) Console.Error.WriteLine($"  {done:N0} claims read ({clock.Elapsed.TotalSeconds:0.0} s)");
            });
            var seconds = clock.Elapsed.TotalSeconds;
            foreach (var f in rejects.Files)
                Console.WriteLine($"  {f.File,-16} read {f.Read,10:N0}  imported {f.Imported,10:N0}  rejected {f.Rejected,8:N0}");
            Console.WriteLine($"{claims:N0} claims read in {seconds:0.0} s ({claims / Math.Max(seconds, 0.001):N0} claims/s, all files included)");
            if (parse.GetValue(rejectsFile) is { } report)
            {
                ImportRejectsWriter.Write(rejects, report);
                Console.WriteLine($"rejects report: {report}");
            }
            foreach (var r in rejects.Items.Take(10)) Console.WriteLine($"  {r.File} line {r.Line}: {r.Field} {r.Reason}");
            return rejects.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateGenerate()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the import files into (created if missing; seed-data/generated is git-ignored).", Required = true };
        var seedValue = new Option<int>("--seed") { Description = "Random seed; the same seed and options give byte-identical files.", DefaultValueFactory = _ => 20240101 };
        var months = new Option<int>("--months") { Description = "Number of months to generate, ending with --end.", DefaultValueFactory = _ => 12 };
        var perMonth = new Option<int>("--claims-per-month") { Description = "Claims per month.", DefaultValueFactory = _ => 3000 };
        var end = new Option<string>("--end") { Description = "Last month generated, as YYYY-MM.", DefaultValueFactory = _ => "2024-12" };
        var noJsonl = new Option<bool>("--no-jsonl") { Description = "Skip claims.jsonl (the check-input copy of the claims)." };
        var organisation = new Option<string?>("--organisation") { Description = "Organisation folder (default: seed-data/organisation)." };

        var command = new Command("generate", "Generate months of coded claims and clinical notes for the synthetic organisation, with injected coding errors and their ground truth.");
        foreach (var o in new Option[] { output, seedValue, months, perMonth, end, noJsonl, organisation }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var endText = parse.GetValue(end)!;
            if (!DateOnly.TryParseExact(endText + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endMonth))
                throw new UserErrorException($"--end '{endText}' is not a month in the form YYYY-MM");
            var options = new SeedOptions
            {
                OutputFolder = Path.GetFullPath(parse.GetValue(output)!),
                OrganisationFolder = parse.GetValue(organisation) ?? Path.Combine(ProjectPaths.SeedData, "organisation"),
                ReferenceFolder = ProjectPaths.ReferenceData,
                Seed = parse.GetValue(seedValue),
                Months = parse.GetValue(months),
                ClaimsPerMonth = parse.GetValue(perMonth),
                EndMonth = endMonth,
                WriteJsonLines = !parse.GetValue(noJsonl),
            };
            try { options.Validate(); }
            catch (ArgumentOutOfRangeException e) { throw new UserErrorException(e.Message.Split(" (Parameter")[0]); }

            var total = (long)options.Months * options.ClaimsPerMonth;
            var step = Math.Max(1, total / 20);
            var clock = Stopwatch.StartNew();
            var summary = new SeedGenerator(options).Generate(done =>
            {
                if (done % step == 0 || done == total)
                    Console.Error.WriteLine($"  {done:N0} / {total:N0} claims ({clock.Elapsed.TotalSeconds:0.0} s)");
            });
            Console.WriteLine($"wrote {options.OutputFolder} ({summary.FirstMonth} to {summary.LastMonth}, seed {summary.Seed}) in {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var (file, rows) in summary.Rows)
            {
                var path = Path.Combine(options.OutputFolder, file);
                var size = File.Exists(path) ? new FileInfo(path).Length : 0;
                Console.WriteLine($"  {file,-22} {rows,10:N0} rows {size / 1024.0 / 1024.0,9:0.0} MB");
            }
            return 0;
        });
        return command;
    }
}
