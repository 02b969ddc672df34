using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CodingAudit.Cli.Commands.Audits;
using CodingAudit.Cli.Commands.Import;
using CodingAudit.Cli.Commands.Plans;
using CodingAudit.Cli.Commands.Reference;
using CodingAudit.Domain.Audits;
using CodingAudit.Ingest.Plans;
using CodingAudit.Jobs.Hosting;
using CodingAudit.Jobs.Pipeline;
using CodingAudit.Persistence;
using CodingAudit.Persistence.Audits;
using CodingAudit.Synthetic.Generation;

namespace CodingAudit.Cli.Commands.Demo;

/// <summary>
/// <c>codingaudit demo</c>: the whole product on the embedded default. A fresh SQLite database, the shipped reference
/// tables and plans, twelve months of the synthetic organisation's claims and notes (generated from a fixed seed), and
/// the latest months' audits run through the real Hangfire pipeline in this process, with the reports written out.
/// </summary>
internal sealed class DemoCommand : ICliCommand
{
    public const string DemoPlan = "monthly-all-coders";

    public Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where the reports go.", DefaultValueFactory = _ => "out" };
        var data = new Option<string>("--data") { Description = "Working folder for the demo database, generated claims and signing key (recreated each time).", DefaultValueFactory = _ => Path.Combine("data", "demo") };
        var months = new Option<int>("--months") { Description = "Months of claims to generate.", DefaultValueFactory = _ => 12 };
        var perMonth = new Option<int>("--claims-per-month") { Description = "Claims per month.", DefaultValueFactory = _ => 3000 };
        var audited = new Option<int>("--audit-months") { Description = "How many of the latest months to audit (earlier ones feed the trend charts).", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic organisation's claims.", DefaultValueFactory = _ => 20240101 };
        var workers = new Option<int>("--workers") { Description = "Hangfire worker threads.", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount) };
        var command = new Command("demo", "Run CodingAudit end to end on the embedded default: create the SQLite database, load seed-data, audit the latest month through Hangfire, write the PDF, Excel and auditor-packet reports, and print the per-coder summary.");
        foreach (var o in new Option[] { output, data, months, perMonth, audited, seed, workers }) command.Options.Add(o);
        command.SetHandler(async (parse, cancel) =>
        {
            var settings = new DemoSettings(Path.GetFullPath(parse.GetValue(data)!), Path.GetFullPath(parse.GetValue(output)!),
                parse.GetValue(months), parse.GetValue(perMonth), Math.Clamp(parse.GetValue(audited), 1, parse.GetValue(months)),
                parse.GetValue(seed), parse.GetValue(workers));
            return await RunAsync(settings, Console.Out, cancel);
        });
        return command;
    }

    internal sealed record DemoSettings(string DataFolder, string OutputFolder, int Months, int ClaimsPerMonth, int AuditMonths, int Seed, int Workers);

    internal static async Task<int> RunAsync(DemoSettings settings, TextWriter output, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        void Step(string text) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:0.0} s] {text}"));

        if (Directory.Exists(settings.DataFolder)) Directory.Delete(settings.DataFolder, recursive: true);
        Directory.CreateDirectory(settings.DataFolder);
        Environment.SetEnvironmentVariable("CODINGAUDIT_KEYS", Path.Combine(settings.DataFolder, "keys"));
        var databasePath = Path.Combine(settings.DataFolder, "codingaudit.db");

        Step($"creating the SQLite database {databasePath}");
        await using var db = new AuditDatabase(DatabaseOptions.Sqlite(databasePath));
        await db.MigrateAsync(cancel);

        Step("loading the reference tables (seed-data/reference)");
        var releases = await ReferenceCommand.LoadAsync(db, ProjectPaths.ReferenceData, cancel);
        Step($"  {releases.Count} releases recorded");

        var lastMonth = new DateOnly(2024, 12, 1);
        var generated = Path.Combine(settings.DataFolder, "generated");
        Step($"generating {settings.Months} months x {settings.ClaimsPerMonth:N0} claims with clinical notes (seed {settings.Seed})");
        new SeedGenerator(new SeedOptions
        {
            OutputFolder = generated,
            OrganisationFolder = Path.Combine(ProjectPaths.SeedData, "organisation"),
            ReferenceFolder = ProjectPaths.ReferenceData,
            Seed = settings.Seed,
            Months = settings.Months,
            ClaimsPerMonth = settings.ClaimsPerMonth,
            EndMonth = lastMonth,
            WriteJsonLines = false,
        }).Generate();

        Step("importing the synthetic organisation");
        var import = await ImportCommand.RunAsync(db, generated, null, output, cancel);
        if (import.Rejects.Count > 0) throw new InvalidOperationException($"the generated data had {import.Rejects.Count} rejected rows");

        Step("storing the audit plans (seed-data/plans)");
        foreach (var plan in AuditPlanFile.ReadFolder(Path.Combine(ProjectPaths.SeedData, "plans")))
            await PlanCommand.SaveAsync(db, plan, cancel);

        await using var runtime = AuditRuntime.Open(db, JobStorageSettings.InMemory, settings.OutputFolder, settings.Workers);
        using var server = runtime.StartServer(settings.Workers, "demo");
        var periods = Enumerable.Range(0, settings.AuditMonths).Reverse()
            .Select(back => AuditPeriod.Containing(lastMonth.AddMonths(-back), PeriodGranularity.Month)).ToList();
        AuditRun? latest = null;
        foreach (var period in periods)
        {
            Step($"auditing {period.Label} with plan {DemoPlan} through the Hangfire pipeline ({settings.Workers} workers)");
            var (runId, _) = await runtime.StartRunAsync(DemoPlan, period, cancel);
            latest = await RunProgress.FollowAsync(db, runId, output, TimeSpan.FromMinutes(30), cancel);
            if (latest.Status == RunStatus.Failed)
            {
                await Console.Error.WriteLineAsync($"error: run {runId} failed: {latest.Error}");
                return 1;
            }
        }

        Step("done");
        await PrintSummaryAsync(db, latest!, output, cancel);
        return 0;
    }

    private static async Task PrintSummaryAsync(AuditDatabase db, AuditRun run, TextWriter output, CancellationToken cancel)
    {
        var json = await db.Runs.GetScoresAsync(run.Id, cancel) ?? throw new InvalidOperationException($"run {run.Id} has no scores");
        var summary = JsonSerializer.Deserialize<ScoreSummary>(json)!;
        var names = (await db.Claims.ListCodersAsync(cancel)).ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        output.WriteLine();
        output.WriteLine($"Audit {run.PlanId} {run.Period}: {summary.ClaimsReviewed} claims reviewed from a frame of {run.FrameSize:N0} (frame SHA-256 {run.FrameSha256?[..16]}...)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Overall record accuracy {summary.RecordAccuracy:P1} (95% CI {summary.RecordLower:P1} - {summary.RecordUpper:P1})"));
        output.WriteLine();
        output.WriteLine($"  {"coder",-8} {"name",-22} {"claims",6} {"record accuracy",16} {"95% interval",17}  status");
        foreach (var coder in summary.Coders)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {coder.CoderId,-8} {names.GetValueOrDefault(coder.CoderId) ?? "",-22} {coder.ClaimsReviewed,6} {coder.RecordAccuracy,16:P1} {coder.Lower,8:P1} - {coder.Upper,6:P1}  {coder.Status}"));
        output.WriteLine();
        output.WriteLine("Reports:");
        foreach (var file in await db.Runs.ListReportFilesAsync(run.Id, cancel))
            output.WriteLine($"  {file.Kind,-20} {file.Path}");
        output.WriteLine($"Check the packet with: codingaudit packet verify \"{(await db.Runs.ListReportFilesAsync(run.Id, cancel)).FirstOrDefault(f => f.Kind == "packet")?.Path}\"");
    }
}
