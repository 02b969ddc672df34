using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Statistics;
using CodingAudit.Ingest.RatStats;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats size attribute|variable</c>: sample-size determination.</summary>
internal static class SizeCommand
{
    public static Command Create()
    {
        var command = new Command("size", "Sample-size determination for attribute and variable samples.");
        command.Subcommands.Add(Attribute());
        command.Subcommands.Add(Variable());
        return command;
    }

    private static Command Attribute()
    {
        var universe = new Option<long>("--universe") { Description = "Universe size N.", Required = true };
        var rate = new Option<double>("--expected-rate") { Description = "Anticipated error rate, e.g. 0.10.", Required = true };
        var precision = new Option<double>("--precision") { Description = "Desired precision on the rate (plus or minus), e.g. 0.05.", Required = true };
        var confidence = new Option<double>("--confidence") { Description = "Two-sided confidence level (default 0.95).", DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("attribute", "Sample size to estimate an error rate within a precision.");
        foreach (var o in new Option[] { universe, rate, precision, confidence, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var result = RatStatsOutput.Checked(() => SampleSize.Attribute(parse.GetValue(universe), parse.GetValue(rate),
                parse.GetValue(precision), parse.GetValue(confidence)));
            Write(RatStatsOutput.Out(parse), result, parse.GetValue(json), "Attribute sample size",
                $"anticipated rate {parse.GetValue(rate).ToString(CultureInfo.InvariantCulture)}, precision +/- {parse.GetValue(precision).ToString(CultureInfo.InvariantCulture)}");
            return 0;
        });
        return command;
    }

    private static Command Variable()
    {
        var universe = new Option<long>("--universe") { Description = "Universe size N.", Required = true };
        var sd = new Option<double?>("--std-dev") { Description = "Standard deviation per item (from a probe sample or prior audit)." };
        var precision = new Option<double?>("--precision") { Description = "Desired precision on the universe total, in dollars (with --std-dev)." };
        var probe = new Option<string?>("--values") { Description = "Probe sample file (as for 'ratstats variable'): gives the mean and standard deviation." };
        var relative = new Option<double?>("--relative-precision") { Description = "Desired precision as a fraction of the projected total, e.g. 0.25 (with --values)." };
        var confidence = new Option<double>("--confidence") { Description = "Two-sided confidence level (default 0.90).", DefaultValueFactory = _ => 0.90 };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("variable", "Sample size to project a dollar total within a precision (from a standard deviation or a probe sample).");
        foreach (var o in new Option[] { universe, sd, precision, probe, relative, confidence, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var n = parse.GetValue(universe);
            var level = parse.GetValue(confidence);
            SampleSizeResult result;
            string inputs;
            if (parse.GetValue(probe) is { } file)
            {
                var rel = parse.GetValue(relative) ?? throw new UserErrorException("--values needs --relative-precision (e.g. 0.25)");
                var values = AppraisalValuesFile.ReadValues(file, stratified: false).Select(v => v.Difference).ToArray();
                result = RatStatsOutput.Checked(() => SampleSize.VariableFromProbe(values, n, level, rel));
                inputs = $"probe sample of {values.Length} from {file}, precision {rel.ToString(CultureInfo.InvariantCulture)} of the projected total";
            }
            else
            {
                var s = parse.GetValue(sd) ?? throw new UserErrorException("give --std-dev and --precision, or --values and --relative-precision");
                var a = parse.GetValue(precision) ?? throw new UserErrorException("--std-dev needs --precision (dollars on the total)");
                result = RatStatsOutput.Checked(() => SampleSize.Variable(n, s, a, level));
                inputs = $"standard deviation {s.ToString(CultureInfo.InvariantCulture)}, precision +/- {a.ToString(CultureInfo.InvariantCulture)} on the total";
            }
            Write(RatStatsOutput.Out(parse), result, parse.GetValue(json), "Variable sample size", inputs);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, SampleSizeResult r, bool json, string title, string inputs)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("universe", r.Universe);
                w.WriteNumber("confidence", r.Confidence);
                w.WriteNumber("sampleSize", r.Size);
                w.WriteNumber("uncorrectedSize", r.UncorrectedSize);
                w.WriteString("formula", r.Formula);
                w.WriteEndObject();
            });
            return;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(title);
        output.WriteLine($"Universe size:        {r.Universe.ToString("#,##0", c)}");
        output.WriteLine($"Confidence:           {RatStatsOutput.Percent(r.Confidence)} two-sided");
        output.WriteLine($"Inputs:               {inputs}");
        output.WriteLine($"Before correction:    {r.UncorrectedSize.ToString("0.00", c)}");
        output.WriteLine($"Sample size:          {r.Size.ToString("#,##0", c)}");
        output.WriteLine($"Formula:              {r.Formula}");
    }
}
