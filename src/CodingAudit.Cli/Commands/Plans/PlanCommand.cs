using System.CommandLine;
using System.Globalization;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Domain.Audits;
using CodingAudit.Ingest.Plans;
using CodingAudit.Jobs.Scheduling;
using StoredPlan = CodingAudit.Persistence.Audits.AuditPlan;

namespace CodingAudit.Cli.Commands.Plans;

/// <summary>The <c>codingaudit plan</c> subcommands over plans stored in the database (add, list, export, set).</summary>
internal static class PlanCommand
{
    public static IEnumerable<Command> StoredPlanCommands() => [CreateAdd(), CreateList(), CreateExport(), CreateSet()];

    private static Command CreateAdd()
    {
        var database = new DatabaseCliOptions();
        var files = new Argument<string[]>("files") { Description = "Plan files (JSON, docs/audit-plans.md) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("add", "Store plans from files, creating them or replacing a stored plan with the same id.");
        command.Arguments.Add(files);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            foreach (var path in parse.GetValue(files)!)
            {
                var plans = Directory.Exists(path) ? AuditPlanFile.ReadFolder(path)
                    : File.Exists(path) ? [AuditPlanFile.Read(path)]
                    : throw new UserErrorException($"plan file '{path}' does not exist");
                foreach (var plan in plans)
                {
                    await SaveAsync(db, plan, cancel);
                    Console.WriteLine($"stored plan {plan.Id}: {plan.Name}");
                }
            }
            return 0;
        });
        return command;
    }

    internal static Task SaveAsync(Persistence.AuditDatabase db, AuditPlan plan, CancellationToken cancel) =>
        db.Plans.SavePlanAsync(new StoredPlan(plan.Id, plan.Name, plan.Active, plan.Schedule?.Cron,
            plan.Schedule?.TimeZoneId ?? "UTC", AuditPlanFile.ToJson(plan)), cancel);

    private static Command CreateList()
    {
        var database = new DatabaseCliOptions();
        var command = new Command("list", "List stored plans with their design, target and next scheduled run.");
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var now = DateTimeOffset.UtcNow;
            foreach (var stored in await db.Plans.ListPlansAsync(cancel: cancel))
            {
                var plan = AuditPlanFile.Parse(stored.Definition, $"plan {stored.Id}");
                var next = plan.Schedule is { } s && plan.Active ? AuditScheduler.NextOccurrence(s, now)?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : null;
                Console.WriteLine($"{plan.Id,-26} {(plan.Active ? "active  " : "inactive")} target {plan.AccuracyTarget:P0}  {plan.Design.Describe()}");
                Console.WriteLine($"{"",-26} schedule: {(plan.Schedule is { } sc ? $"{sc.Cron} ({sc.TimeZoneId}), next {next ?? "-"}" : "none")}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateExport()
    {
        var database = new DatabaseCliOptions();
        var id = new Argument<string>("id") { Description = "The plan id." };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Print a stored plan in the plan file format (edit it and `plan add` it back).");
        command.Arguments.Add(id);
        command.Options.Add(output);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var plan = await LoadAsync(db, parse.GetValue(id)!, cancel);
            var json = AuditPlanFile.ToJson(plan);
            if (parse.GetValue(output) is { } path) await File.WriteAllTextAsync(path, json, cancel);
            else Console.WriteLine(json);
            return 0;
        });
        return command;
    }

    private static Command CreateSet()
    {
        var database = new DatabaseCliOptions();
        var id = new Argument<string>("id") { Description = "The plan id." };
        var active = new Option<bool?>("--active") { Description = "Activate (true) or deactivate (false) the plan's schedule." };
        var target = new Option<double?>("--target") { Description = "Accuracy target as a fraction, e.g. 0.95." };
        var cron = new Option<string?>("--cron") { Description = "Schedule as a five-field cron expression, e.g. \"0 6 1 * *\"." };
        var zone = new Option<string?>("--time-zone") { Description = "IANA time zone of the schedule, e.g. America/New_York." };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var command = new Command("set", "Edit a stored plan's name, target, schedule or active flag.");
        command.Arguments.Add(id);
        foreach (var o in new Option[] { active, target, cron, zone, name }) command.Options.Add(o);
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var plan = await LoadAsync(db, parse.GetValue(id)!, cancel);
            AuditSchedule? schedule = plan.Schedule;
            try
            {
                if (parse.GetValue(cron) is { } c || parse.GetValue(zone) is not null)
                    schedule = new AuditSchedule(parse.GetValue(cron) ?? plan.Schedule?.Cron ?? throw new UserErrorException("--time-zone needs a schedule: give --cron too"),
                        parse.GetValue(zone) ?? plan.Schedule?.TimeZoneId ?? "UTC");
                var edited = new AuditPlan(plan.Id, parse.GetValue(name) ?? plan.Name, plan.Scope, plan.Design,
                    parse.GetValue(target) ?? plan.AccuracyTarget, schedule, parse.GetValue(active) ?? plan.Active,
                    plan.Seed, plan.FrameOrdering, plan.Description);
                await SaveAsync(db, edited, cancel);
                Console.WriteLine(AuditPlanFile.ToJson(edited));
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException(e.Message, e);
            }
            return 0;
        });
        return command;
    }

    internal static async Task<AuditPlan> LoadAsync(Persistence.AuditDatabase db, string id, CancellationToken cancel)
    {
        var stored = await db.Plans.GetPlanAsync(id, cancel) ?? throw new UserErrorException($"no plan '{id}': see `codingaudit plan list`");
        return AuditPlanFile.Parse(stored.Definition, $"plan {stored.Id}");
    }
}
