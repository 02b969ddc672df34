using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Sampling;
using CodingAudit.Ingest.Plans;

namespace CodingAudit.Cli.Commands.Plans;

/// <summary><c>codingaudit plan new FILE ...</c>: writes a validated plan file from options.</summary>
internal static class PlanNewCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the plan (JSON)." };
        var id = new Option<string>("--id") { Description = "Plan id: lower-case letters, digits, '-' or '_'.", Required = true };
        var name = new Option<string>("--name") { Description = "Plan name shown in reports.", Required = true };
        var description = new Option<string?>("--description") { Description = "Optional longer description." };
        var period = new Option<string>("--period") { Description = "month, quarter or year.", DefaultValueFactory = _ => "month" };
        var coders = new Option<string[]>("--coder") { Description = "Coder id in scope (repeat; default all).", AllowMultipleArgumentsPerToken = true };
        var providers = new Option<string[]>("--provider") { Description = "Provider NPI in scope (repeat; default all).", AllowMultipleArgumentsPerToken = true };
        var payers = new Option<string[]>("--payer") { Description = "Payer id in scope (repeat; default all).", AllowMultipleArgumentsPerToken = true };
        var claimTypes = new Option<string[]>("--claim-type") { Description = "professional or institutional (repeat; default all).", AllowMultipleArgumentsPerToken = true };
        var codes = new Option<string[]>("--code") { Description = "Code filter, exact or prefix with * (repeat; default all).", AllowMultipleArgumentsPerToken = true };
        var design = new Option<string>("--design") { Description = "simple-random, per-coder, stratified-coder, stratified-dollar, targeted or oig-discovery.", Required = true };
        var count = new Option<int?>("--count") { Description = "Claims to draw (per coder or per stratum for those designs; 50 for oig-discovery)." };
        var percent = new Option<decimal?>("--percent") { Description = "Percent of the frame (or of each stratum) instead of --count." };
        var spares = new Option<int>("--spares") { Description = "Spares (per coder or per stratum for those designs).", DefaultValueFactory = _ => 0 };
        var boundaries = new Option<string?>("--boundaries") { Description = "Dollar stratum boundaries, increasing, comma-separated (stratified-dollar), e.g. 200,1000." };
        var filters = new Option<string?>("--filters") { Description = "Targeted filters, comma-separated: em-level-5, modifier-25, modifier-59, modifier:MM, code:PREFIX, high-dollar, payer-edit." };
        var threshold = new Option<decimal>("--high-dollar") { Description = "High-dollar threshold for targeted samples.", DefaultValueFactory = _ => 1000m };
        var target = new Option<double>("--target") { Description = "Accuracy target as a fraction.", DefaultValueFactory = _ => AuditPlan.DefaultAccuracyTarget };
        var seed = new Option<decimal?>("--seed") { Description = "Fixed seed (default: derived from the plan id and each period's start)." };
        var cron = new Option<string?>("--cron") { Description = "Schedule, five-field cron, e.g. \"0 6 1 * *\" (default: on demand only)." };
        var zone = new Option<string>("--time-zone") { Description = "IANA time zone of the schedule.", DefaultValueFactory = _ => "America/New_York" };
        var inactive = new Option<bool>("--inactive") { Description = "Write the plan as inactive (not scheduled)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("new", "Write a new plan file from options (validated as when it is read).");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { id, name, description, period, coders, providers, payers, claimTypes, codes, design, count, percent, spares,
                     boundaries, filters, threshold, target, seed, cron, zone, inactive, force })
            command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var path = parse.GetValue(file)!;
            if (File.Exists(path) && !parse.GetValue(force)) throw new UserErrorException($"{path} exists; add --force to overwrite it");
            var plan = Checked(() =>
            {
                var scope = new AuditScope(Period(parse.GetValue(period)!), parse.GetValue(coders), parse.GetValue(providers), parse.GetValue(payers),
                    (parse.GetValue(claimTypes) ?? []).Select(ClaimTypeOf).ToArray(), parse.GetValue(codes));
                var schedule = parse.GetValue(cron) is { } c ? new AuditSchedule(c, parse.GetValue(zone)!) : null;
                var sampleDesign = Design(parse.GetValue(design)!, parse.GetValue(count), parse.GetValue(percent), parse.GetValue(spares),
                    parse.GetValue(boundaries), parse.GetValue(filters), parse.GetValue(threshold));
                return new AuditPlan(parse.GetValue(id)!, parse.GetValue(name)!, scope, sampleDesign, parse.GetValue(target), schedule,
                    !parse.GetValue(inactive), parse.GetValue(seed), FrameOrdering.ServiceDateThenClaimId, parse.GetValue(description));
            });
            AuditPlanFile.Write(plan, path);
            // Read it back, so what was written is exactly what the pipeline will read.
            var again = AuditPlanFile.Read(path);
            (parse.InvocationConfiguration?.Output ?? Console.Out).WriteLine($"wrote {path}: {again.Id} ({again.Design.Describe()})");
            return 0;
        });
        return command;
    }

    private static SampleDesign Design(string kind, int? count, decimal? percent, int spares, string? boundaries, string? filters, decimal threshold) =>
        kind switch
        {
            "simple-random" => new SimpleRandomDesign(count, percent, spares),
            "per-coder" => new PerCoderDesign(count ?? throw new UserErrorException("--design per-coder needs --count"), spares),
            "stratified-coder" => new StratifiedDesign(StratifyBy.Coder, null, count, percent, spares),
            "stratified-dollar" => new StratifiedDesign(StratifyBy.Dollar, Numbers(boundaries ?? throw new UserErrorException("--design stratified-dollar needs --boundaries")),
                count, percent, spares),
            "targeted" => new TargetedDesign(Split(filters ?? throw new UserErrorException("--design targeted needs --filters")), threshold, count),
            "oig-discovery" => new OigDiscoveryDesign(count ?? OigDiscoveryDesign.StandardCount, spares),
            _ => throw new UserErrorException($"--design '{kind}' is not one of simple-random, per-coder, stratified-coder, stratified-dollar, targeted, oig-discovery"),
        };

    private static PeriodGranularity Period(string text) => text switch
    {
        "month" => PeriodGranularity.Month,
        "quarter" => PeriodGranularity.Quarter,
        "year" => PeriodGranularity.Year,
        _ => throw new UserErrorException($"--period '{text}' is not month, quarter or year"),
    };

    private static ClaimType ClaimTypeOf(string text) => text switch
    {
        "professional" => ClaimType.Professional,
        "institutional" => ClaimType.Institutional,
        _ => throw new UserErrorException($"--claim-type '{text}' is not professional or institutional"),
    };

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static decimal[] Numbers(string text) => Split(text).Select(t =>
        decimal.TryParse(t, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new UserErrorException($"--boundaries: '{t}' is not a number")).ToArray();

    private static T Checked<T>(Func<T> make) => UserErrorException.Checked(make, nameParameter: true);
}
