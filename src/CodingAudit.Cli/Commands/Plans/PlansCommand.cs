using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Audits;
using CodingAudit.Ingest.Plans;

namespace CodingAudit.Cli.Commands.Plans;

/// <summary><c>codingaudit plan</c>: plan files (validate, show, new) and the plans stored in the database (add, list, export, set).</summary>
public sealed class PlansCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("plan", "Audit plans: create, check and explain plan files (docs/audit-plans.md); store, list and edit plans in the database.");
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(PlanNewCommand.Create());
        foreach (var stored in PlanCommand.StoredPlanCommands()) command.Subcommands.Add(stored);
        return command;
    }

    private static Command Validate()
    {
        var path = new Argument<string>("path") { Description = "A plan file, or a folder of *.json plans (default: seed-data/plans).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Read plan files and report every problem as FILE:LINE: FIELD: message.");
        command.Arguments.Add(path);
        command.SetHandler(parse =>
        {
            var output = parse.InvocationConfiguration?.Output ?? Console.Out;
            var target = parse.GetValue(path) ?? Path.Combine(ProjectPaths.SeedData, "plans");
            var plans = Directory.Exists(target) ? AuditPlanFile.ReadFolder(target) : [AuditPlanFile.Read(target)];
            foreach (var plan in plans) output.WriteLine($"ok  {plan.Id}: {plan.Name} ({plan.Design.Kind}{(plan.Active ? "" : ", inactive")})");
            output.WriteLine($"{plans.Count} plan(s) valid");
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var path = new Argument<string>("file") { Description = "The plan file." };
        var period = new Option<string?>("--period") { Description = "Period to show the seed for, e.g. 2024-03, 2024-Q1, 2024 (default: the period before today's)." };
        var command = new Command("show", "Explain a plan: scope, design, target, schedule, and the seed of a period.");
        command.Arguments.Add(path);
        command.Options.Add(period);
        command.SetHandler(parse =>
        {
            var output = parse.InvocationConfiguration?.Output ?? Console.Out;
            var plan = AuditPlanFile.Read(parse.GetValue(path)!);
            AuditPeriod audited;
            if (parse.GetValue(period) is { } label)
            {
                audited = AuditPeriod.Parse(label);
                if (audited.Granularity != plan.Scope.Period)
                    throw new UserErrorException($"--period {label} is a {audited.Granularity}; plan '{plan.Id}' audits by {plan.Scope.Period}");
            }
            else
            {
                audited = AuditPeriod.Containing(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), plan.Scope.Period).Previous();
            }
            Write(output, plan, audited);
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, AuditPlan plan, AuditPeriod period)
    {
        static string List<T>(IReadOnlyList<T> values) => values.Count == 0 ? "all" : string.Join(", ", values);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Plan:            {plan.Id} - {plan.Name}{(plan.Active ? "" : " (inactive)")}");
        if (plan.Description is not null) output.WriteLine($"Description:     {plan.Description}");
        output.WriteLine($"Period:          {plan.Scope.Period.ToString().ToLowerInvariant()}");
        output.WriteLine($"Coders:          {List(plan.Scope.Coders)}");
        output.WriteLine($"Providers:       {List(plan.Scope.Providers)}");
        output.WriteLine($"Payers:          {List(plan.Scope.Payers)}");
        output.WriteLine($"Claim types:     {List(plan.Scope.ClaimTypes)}");
        output.WriteLine($"Codes:           {List(plan.Scope.Codes)}");
        output.WriteLine($"Design:          {plan.Design.Describe()}");
        output.WriteLine($"Accuracy target: {(plan.AccuracyTarget * 100).ToString("0.##", c)}%");
        output.WriteLine($"Frame ordering:  {(plan.FrameOrdering == Domain.Sampling.FrameOrdering.ClaimId ? "claim id" : "date of service, then claim id")}");
        output.WriteLine($"Schedule:        {(plan.Schedule is { } s ? $"{s.Cron} ({s.TimeZoneId})" : "on demand")}");
        output.WriteLine($"Seed for {period.Label}: {plan.SeedFor(period).ToString(c)}{(plan.Seed is null ? " (derived from the plan id and period start)" : " (fixed)")}");
    }
}
