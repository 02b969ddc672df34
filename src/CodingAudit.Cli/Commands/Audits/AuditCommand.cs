using System.CommandLine;
using System.Globalization;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Domain.Audits;
using CodingAudit.Persistence.Audits;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary><c>codingaudit audit run|status</c>: one audit on demand, and the state of all runs.</summary>
internal sealed class AuditCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("audit", "Run audits and see their progress.");
        command.Subcommands.Add(CreateRun());
        command.Subcommands.Add(CreateStatus());
        return command;
    }

    private static Command CreateRun()
    {
        var database = new DatabaseCliOptions();
        var jobs = new JobsCliOptions();
        var plan = new Option<string>("--plan") { Description = "The plan id (see `codingaudit plan list`).", Required = true };
        var period = new Option<string>("--period") { Description = "The period audited: YYYY-MM (or YYYY-Qn / YYYY for quarterly and yearly plans).", Required = true };
        var workers = new Option<int>("--workers") { Description = "Worker threads of the in-process server (in-memory job storage).", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount) };
        var noWait = new Option<bool>("--no-wait") { Description = "Enqueue the run and return (PostgreSQL job storage with running workers)." };
        var command = new Command("run", "Start one audit run (one per plan and period: a second start shows the existing run) and follow its progress.");
        foreach (var o in new Option[] { plan, period, workers, noWait }) command.Options.Add(o);
        database.AddTo(command);
        jobs.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            AuditPeriod audited;
            try { audited = AuditPeriod.Parse(parse.GetValue(period)!); }
            catch (FormatException e) { throw new UserErrorException("--period: " + e.Message, e); }
            await using var db = await database.OpenAsync(parse, cancel);
            var storage = jobs.Resolve(parse, db.Options);
            await using var runtime = AuditRuntime.Open(db, storage, parse.GetValue(jobs.Reports)!, parse.GetValue(workers));
            var planId = parse.GetValue(plan)!;
            await Plans.PlanCommand.LoadAsync(db, planId, cancel);
            var (runId, created) = await runtime.StartRunAsync(planId, audited, cancel);
            Console.WriteLine(created ? $"run {runId}: {planId} {audited.Label} enqueued" : $"run {runId}: {planId} {audited.Label} already exists (one run per plan and period)");
            if (parse.GetValue(noWait)) return 0;
            using var server = storage.UsesPostgres ? null : runtime.StartServer(parse.GetValue(workers));
            var run = await RunProgress.FollowAsync(db, runId, Console.Out, TimeSpan.FromHours(2), cancel);
            return await PrintOutcomeAsync(db, run, cancel);
        });
        return command;
    }

    internal static async Task<int> PrintOutcomeAsync(Persistence.AuditDatabase db, AuditRun run, CancellationToken cancel)
    {
        if (run.Status == RunStatus.Failed)
        {
            Console.Error.WriteLine($"error: run {run.Id} failed: {run.Error}");
            return 1;
        }
        foreach (var file in await db.Runs.ListReportFilesAsync(run.Id, cancel))
            Console.WriteLine($"  {file.Kind,-20} {file.Path} ({file.Size / 1024.0:N0} KB)");
        return 0;
    }

    private static Command CreateStatus()
    {
        var database = new DatabaseCliOptions();
        var plan = new Option<string?>("--plan") { Description = "Only runs of this plan." };
        var command = new Command("status", "List audit runs with their stage, status and per-stage timings.");
        command.Options.Add(plan);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var runs = await db.Runs.ListRunsAsync(parse.GetValue(plan), cancel);
            if (runs.Count == 0) Console.WriteLine("no runs yet: `codingaudit audit run --plan P --period YYYY-MM` or `codingaudit schedule` with a worker");
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run.Id,-5} {run.PlanId,-26} {run.Period,-8} {RunProgress.Describe(run.Stage),-20} {run.Status,-10} frame {run.FrameSize?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"}"));
                foreach (var (stage, timing) in run.StageTimings.OrderBy(t => t.Value.Started))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"          {stage,-12} {timing.Started:yyyy-MM-dd HH:mm:ss}Z  {(timing.Duration is { } d ? $"{d.TotalSeconds,8:0.0} s" : "running")}"));
                if (run.Error is { } error) Console.WriteLine($"          error: {error}");
            }
            return 0;
        });
        return command;
    }
}
