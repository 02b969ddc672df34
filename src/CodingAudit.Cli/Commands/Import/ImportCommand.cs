using System.CommandLine;
using System.Globalization;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Ingest.Import;
using CodingAudit.Persistence;
using CodingAudit.Persistence.Import;

namespace CodingAudit.Cli.Commands.Import;

/// <summary><c>codingaudit import &lt;folder&gt;</c>: loads an import folder; bad rows go to a rejects report.</summary>
internal sealed class ImportCommand : ICliCommand
{
    public Command Create()
    {
        var database = new DatabaseCliOptions();
        var folder = new Argument<string>("folder") { Description = "An import folder (docs/import-format.md)." };
        var rejectsPath = new Option<string?>("--rejects") { Description = "Where to write the rejects report (CSV: file, line, field, reason); default <folder>/rejects.csv when anything was rejected." };
        var command = new Command("import", "Load coders, providers, payers, patients, claims and notes from an import folder. Valid rows land; bad rows are rejected with file, line and reason; importing the same files again changes nothing.");
        command.Arguments.Add(folder);
        command.Options.Add(rejectsPath);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path)) throw new UserErrorException($"import folder '{path}' does not exist");
            await using var db = await database.OpenAsync(parse, cancel);
            var result = await RunAsync(db, path, parse.GetValue(rejectsPath), Console.Out, cancel);
            return result.Rejects.Count == 0 ? 0 : 3;
        });
        return command;
    }

    /// <summary>Imports and prints the per-file counts; shared with the demo.</summary>
    internal static async Task<FolderImportResult> RunAsync(AuditDatabase db, string folder, string? rejectsPath, TextWriter output, CancellationToken cancel)
    {
        var progress = new ConsoleProgress("import");
        var result = await new FolderImport(db).RunAsync(folder, progress, cancel);
        progress.Done();
        output.WriteLine($"  {"file",-18} {"read",10} {"new",10} {"already",10} {"rejected",9}");
        foreach (var f in result.Files)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.File,-18} {f.Read,10:N0} {f.Inserted,10:N0} {f.AlreadyPresent,10:N0} {f.Rejected,9:N0}"));
        if (!result.Balanced) output.WriteLine("warning: some rows were neither stored nor rejected; please report this");
        if (result.Rejects.Count > 0)
        {
            var report = rejectsPath ?? Path.Combine(folder, "rejects.csv");
            ImportRejectsWriter.Write(result.Rejects, report);
            output.WriteLine($"{result.Rejects.Count:N0} rows rejected; report: {report}");
            foreach (var r in result.Rejects.Items.Take(5)) output.WriteLine($"  {r.File} line {r.Line}: {r.Field} {r.Reason}");
        }
        return result;
    }
}
