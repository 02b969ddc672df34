using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Statistics;
using CodingAudit.Ingest.RatStats;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats attribute-stratified</c>: stratified attribute appraisal from a file of strata.</summary>
internal static class StratifiedAttributeCommand
{
    public static Command Create()
    {
        var strata = new Option<string>("--strata") { Description = "File of stratum,universe,sample,errors lines.", Required = true };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("attribute-stratified",
            "Stratified attribute appraisal: exact limits per stratum, normal-approximation limits overall (80, 90, 95%).");
        command.Options.Add(strata);
        command.Options.Add(json);
        command.SetHandler(parse =>
        {
            var lines = AppraisalValuesFile.ReadAttributeStrata(parse.GetValue(strata)!);
            var result = RatStatsOutput.Checked(() =>
                StratifiedAttributeAppraisal.Appraise(lines.Select(l => new AttributeStratum(l.Name, l.Universe, l.Sample, l.Errors)).ToArray()));
            Write(RatStatsOutput.Out(parse), result, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, StratifiedAttributeAppraisalResult r, bool json)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("strata");
                foreach (var s in r.Strata)
                {
                    w.WriteStartObject();
                    w.WriteString("stratum", s.Stratum);
                    w.WriteNumber("universe", s.Universe);
                    w.WriteNumber("sample", s.Sample);
                    w.WriteNumber("errors", s.Errors);
                    w.WriteNumber("pointEstimate", s.PointEstimate);
                    RatStatsOutput.WriteLimits(w, s.Levels.Select(l => (l.Confidence, (double)l.Lower, (double)l.Upper)));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartObject("overall");
                w.WriteNumber("universe", r.Universe);
                w.WriteNumber("sample", r.Sample);
                w.WriteNumber("errors", r.Errors);
                w.WriteNumber("pointEstimate", r.PointEstimate);
                w.WriteNumber("standardError", r.StandardError);
                RatStatsOutput.WriteLimits(w, r.Levels.Select(l => (l.Confidence, l.Lower, l.Upper)));
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Attribute appraisal, stratified");
        output.WriteLine("Stratum            Universe    Sample    Errors   Point estimate   90% lower   90% upper (exact)");
        foreach (var s in r.Strata)
        {
            var ninety = s.Levels.FirstOrDefault(l => Math.Abs(l.Confidence - 0.90) < 1e-9);
            output.WriteLine($"{s.Stratum,-16} {s.Universe.ToString("#,##0", c),10} {s.Sample.ToString("#,##0", c),9} {s.Errors.ToString("#,##0", c),9} " +
                             $"{RatStatsOutput.Whole(s.PointEstimate),16} {ninety?.Lower.ToString("#,##0", c),11} {ninety?.Upper.ToString("#,##0", c),11}");
        }
        output.WriteLine();
        output.WriteLine($"Overall: universe {r.Universe.ToString("#,##0", c)}, sample {r.Sample.ToString("#,##0", c)}, errors {r.Errors.ToString("#,##0", c)}");
        output.WriteLine($"Point estimate:  {RatStatsOutput.Whole(r.PointEstimate)}   standard error: {RatStatsOutput.Money(r.StandardError)}");
        output.WriteLine("Confidence   Lower limit   Upper limit   (normal approximation)");
        foreach (var l in r.Levels)
            output.WriteLine($"{RatStatsOutput.Percent(l.Confidence),10}   {RatStatsOutput.Whole(l.Lower),11}   {RatStatsOutput.Whole(l.Upper),11}");
    }
}
