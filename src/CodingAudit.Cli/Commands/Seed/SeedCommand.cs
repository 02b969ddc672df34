using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodingAudit.Synthetic.Generation;

namespace CodingAudit.Cli.Commands.Seed;

/// <summary><c>codingaudit seed generate</c>: writes a reproducible synthetic import folder with ground truth.</summary>
internal sealed class SeedCommand : ICliCommand
{
    public Command Create()
    {
        var seed = new Command("seed", "Synthetic seed data for demos, tests and evaluation.");
        seed.Subcommands.Add(CreateGenerate());
        return seed;
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
