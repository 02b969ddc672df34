using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Statistics;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats attribute</c>: unrestricted attribute appraisal with exact hypergeometric limits.</summary>
internal static class AttributeCommand
{
    public static Command Create()
    {
        var universe = new Option<long>("--universe") { Description = "Universe size N.", Required = true };
        var sample = new Option<long>("--sample") { Description = "Sample size n.", Required = true };
        var errors = new Option<long>("--errors") { Description = "Number of sample items in error (characteristic of interest).", Required = true };
        var oneSided = new Option<bool>("--one-sided") { Description = "One-sided limits: each limit with tail 1 - confidence (as for 0 errors)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("attribute", "Attribute appraisal: projected items in error with exact limits at 80, 90 and 95% confidence.");
        foreach (var o in new Option[] { universe, sample, errors, oneSided, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var result = RatStatsOutput.Checked(() => AttributeAppraisal.Appraise(parse.GetValue(universe), parse.GetValue(sample),
                parse.GetValue(errors), parse.GetValue(oneSided)));
            Write(RatStatsOutput.Out(parse), result, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, AttributeAppraisalResult r, bool json)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("pointEstimate", r.PointEstimate);
                RatStatsOutput.WriteLimits(w, r.Levels.Select(l => (l.Confidence, (double)l.Lower, (double)l.Upper)));
                w.WriteEndObject();
            });
            return;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Attribute appraisal, unrestricted ({(r.OneSided ? "one-sided" : "two-sided")} exact hypergeometric limits)");
        output.WriteLine($"Universe size:          {r.Universe.ToString("#,##0", c)}");
        output.WriteLine($"Sample size:            {r.Sample.ToString("#,##0", c)}");
        output.WriteLine($"Items in error:         {r.Errors.ToString("#,##0", c)}");
        output.WriteLine($"Sample error rate:      {(r.SampleRate * 100).ToString("0.000", c)}%");
        output.WriteLine($"Point estimate:         {RatStatsOutput.Whole(r.PointEstimate)}");
        output.WriteLine();
        output.WriteLine("Confidence   Lower limit   Upper limit   Lower %    Upper %");
        foreach (var l in r.Levels)
        {
            output.WriteLine($"{RatStatsOutput.Percent(l.Confidence),10}   {l.Lower.ToString("#,##0", c),11}   {l.Upper.ToString("#,##0", c),11}   " +
                             $"{(100.0 * l.Lower / r.Universe).ToString("0.000", c),7}%   {(100.0 * l.Upper / r.Universe).ToString("0.000", c),7}%");
        }
    }
}
