using System.CommandLine;
using CodingAudit.Cli.Commands.Database;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary><c>codingaudit worker</c>: a Hangfire server that runs audit stages until stopped.</summary>
internal sealed class WorkerCommand : ICliCommand
{
    public Command Create()
    {
        var database = new DatabaseCliOptions();
        var jobs = new JobsCliOptions();
        var workers = new Option<int>("--workers") { Description = "Worker threads in this process.", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount) };
        var name = new Option<string?>("--name") { Description = "Server name shown in logs and recorded with each shard (default: host:pid)." };
        var command = new Command("worker", "Run a Hangfire server processing audit jobs until Ctrl-C. Start several, on one machine or many, against one PostgreSQL to share the work.");
        command.Options.Add(workers);
        command.Options.Add(name);
        database.AddTo(command);
        jobs.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var storage = jobs.Resolve(parse, db.Options);
            if (!storage.UsesPostgres)
                Console.Error.WriteLine("warning: in-memory job storage: this worker only sees jobs enqueued in its own process; set CODINGAUDIT_JOBS or --jobs to a PostgreSQL connection string");
            await using var runtime = AuditRuntime.Open(db, storage, parse.GetValue(jobs.Reports)!, parse.GetValue(workers));
            var serverName = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            using (runtime.StartServer(parse.GetValue(workers), serverName))
            {
                Console.WriteLine($"worker {serverName}: {parse.GetValue(workers)} threads on {db.Options.Describe()}; Ctrl-C to stop");
                try { await Task.Delay(Timeout.Infinite, cancel); }
                catch (OperationCanceledException) { Console.WriteLine("stopping: jobs in hand are cancelled and go back to the queue for any worker"); }
            }
            return 0;
        });
        return command;
    }
}
