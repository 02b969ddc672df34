using System.CommandLine;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Persistence.Reference;

namespace CodingAudit.Cli.Commands.Reference;

/// <summary><c>codingaudit reference load|list</c>: versioned reference tables in the database.</summary>
internal sealed class ReferenceCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("reference", "Reference tables (ICD-10-CM, CPT/HCPCS, NCCI PTP, MUE, add-on, MCE, Excludes1, MPFS, E/M times, coverage) as versioned releases.");
        command.Subcommands.Add(CreateLoad());
        command.Subcommands.Add(CreateList());
        return command;
    }

    private static Command CreateLoad()
    {
        var database = new DatabaseCliOptions();
        var folder = new Argument<string?>("folder") { Description = "A reference folder with releases.csv (default: the shipped seed-data/reference). See docs/reference-data.md.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("load", "Parse every table of a reference folder (shipped CSV subsets or official CMS layouts) and record each as a release. The same files twice change nothing; a new quarter adds releases and keeps history.");
        command.Arguments.Add(folder);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            var path = parse.GetValue(folder) ?? ProjectPaths.ReferenceData;
            if (!Directory.Exists(path)) throw new UserErrorException($"reference folder '{path}' does not exist");
            await using var db = await database.OpenAsync(parse, cancel);
            var lines = await LoadAsync(db, path, cancel);
            foreach (var line in lines)
                Console.WriteLine($"  {(line.Created ? "new    " : "present")}  {line.Release.Table,-22} {line.Release.Version,-28} {line.Release.RowCount,8:N0} rows  from {line.Release.EffectiveFrom:yyyy-MM-dd}");
            Console.WriteLine($"{lines.Count(l => l.Created)} new releases, {lines.Count(l => !l.Created)} already loaded");
            return 0;
        });
        return command;
    }

    /// <summary>Loads a folder; a malformed file surfaces as a FormatException naming file, line and field.</summary>
    internal static Task<IReadOnlyList<ReferenceLoadLine>> LoadAsync(Persistence.AuditDatabase db, string folder, CancellationToken cancel) =>
        new ReferenceFolderLoad(db).RunAsync(folder, cancel);

    private static Command CreateList()
    {
        var database = new DatabaseCliOptions();
        var command = new Command("list", "List the reference releases recorded in the database.");
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            foreach (var r in await db.Reference.ListReleasesAsync(cancel: cancel))
                Console.WriteLine($"  {r.TableName,-22} {r.Version,-28} {r.EffectiveFrom:yyyy-MM-dd} {(r.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open"),-10} {r.RowCount,8:N0} rows  sha256 {r.Sha256[..12]}  {r.SourceFile}");
            return 0;
        });
        return command;
    }
}
