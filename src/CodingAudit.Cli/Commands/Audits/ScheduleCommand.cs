using System.CommandLine;
using System.Globalization;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Ingest.Plans;
using CodingAudit.Jobs.Scheduling;
using Hangfire;
using Hangfire.Storage;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary><c>codingaudit schedule</c>: registers each active plan's recurring job (and removes stale ones).</summary>
internal sealed class ScheduleCommand : ICliCommand
{
    public Command Create()
    {
        var database = new DatabaseCliOptions();
        var jobs = new JobsCliOptions();
        var command = new Command("schedule", "Register or update a Hangfire recurring job per active plan (cron in the plan's IANA time zone; missed runs are caught up one per missed occurrence) and remove those of inactive plans.");
        database.AddTo(command);
        jobs.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var storage = jobs.Resolve(parse, db.Options);
            if (!storage.UsesPostgres)
                throw new UserErrorException("schedules need shared job storage: set CODINGAUDIT_JOBS or --jobs to a PostgreSQL connection string (the in-memory storage ends with this process)");
            await using var runtime = AuditRuntime.Open(db, storage, parse.GetValue(jobs.Reports)!, 1);
            var plans = (await db.Plans.ListPlansAsync(cancel: cancel)).Select(p => AuditPlanFile.Parse(p.Definition, $"plan {p.Id}")).ToList();
            using var connection = runtime.Storage.GetConnection();
            var existing = connection.GetRecurringJobs().Select(j => j.Id);
            var changes = new AuditScheduler(new RecurringJobManager(runtime.Storage)).Apply(plans, existing);
            var now = DateTimeOffset.UtcNow;
            foreach (var plan in plans.Where(p => changes.Registered.Contains(AuditScheduler.RecurringJobId(p.Id))))
                Console.WriteLine($"scheduled {plan.Id}: {plan.Schedule!.Cron} ({plan.Schedule.TimeZoneId}), next {AuditScheduler.NextOccurrence(plan.Schedule, now)?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}");
            foreach (var removed in changes.Removed) Console.WriteLine($"removed {removed}");
            return 0;
        });
        return command;
    }
}
