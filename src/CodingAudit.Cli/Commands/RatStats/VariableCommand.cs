using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Statistics;
using CodingAudit.Ingest.RatStats;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats variable</c>: variable appraisal, unrestricted or stratified, from a file of values.</summary>
internal static class VariableCommand
{
    public static Command Create()
    {
        var values = new Option<string>("--values") { Description = "File of sample values: one difference per line, or examined,audited pairs (stratum first when --strata is given).", Required = true };
        var universe = new Option<long?>("--universe") { Description = "Universe size N (unrestricted appraisal)." };
        var strata = new Option<string?>("--strata") { Description = "File of stratum,universe lines: makes the appraisal stratified." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("variable", "Variable appraisal: projected total of the differences with limits at 80, 90 and 95% confidence.");
        foreach (var o in new Option[] { values, universe, strata, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var output = RatStatsOutput.Out(parse);
            var asJson = parse.GetValue(json);
            var valuesPath = parse.GetValue(values)!;
            var strataPath = parse.GetValue(strata);
            if (strataPath is null)
            {
                var n = parse.GetValue(universe) ?? throw new UserErrorException("--universe is required for an unrestricted appraisal (or give --strata)");
                var items = AppraisalValuesFile.ReadValues(valuesPath, stratified: false);
                var result = RatStatsOutput.Checked(() => VariableAppraisal.Unrestricted(items.Select(i => i.Difference).ToArray(), n));
                WriteUnrestricted(output, result, asJson);
            }
            else
            {
                if (parse.GetValue(universe) is not null)
                    throw new UserErrorException("--universe and --strata exclude each other: stratum universes come from the strata file");
                var result = Stratified(valuesPath, strataPath);
                WriteStratified(output, result, asJson);
            }
            return 0;
        });
        return command;
    }

    internal static StratifiedVariableAppraisalResult Stratified(string valuesPath, string strataPath)
    {
        var sizes = AppraisalValuesFile.ReadStrata(strataPath);
        var items = AppraisalValuesFile.ReadValues(valuesPath, stratified: true);
        var known = sizes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var stray = items.FirstOrDefault(i => !known.Contains(i.Stratum!));
        if (stray is not null)
            throw new AppraisalInputException(valuesPath, stray.Line, $"stratum '{stray.Stratum}' is not in {strataPath}");
        var input = new List<VariableStratum>();
        foreach (var size in sizes)
        {
            var stratumValues = items.Where(i => i.Stratum == size.Name).Select(i => i.Difference).ToArray();
            if (stratumValues.Length < 2)
                throw new AppraisalInputException(strataPath, size.Line, $"stratum '{size.Name}' has {stratumValues.Length} value(s) in {valuesPath}; at least 2 are needed");
            if (stratumValues.Length > size.Universe)
                throw new AppraisalInputException(strataPath, size.Line, $"stratum '{size.Name}' has {stratumValues.Length} values but a universe of {size.Universe}");
            input.Add(new VariableStratum(size.Name, size.Universe, stratumValues));
        }
        return RatStatsOutput.Checked(() => VariableAppraisal.Stratified(input));
    }

    internal static void WriteUnrestricted(TextWriter output, VariableAppraisalResult result, bool json)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                RatStatsOutput.WriteVariableFields(w, result);
                w.WriteEndObject();
            });
            return;
        }
        output.WriteLine("Variable appraisal, unrestricted (difference values)");
        WriteReport(output, result, "t");
    }

    internal static void WriteStratified(TextWriter output, StratifiedVariableAppraisalResult result, bool json)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("strata");
                foreach (var s in result.Strata)
                {
                    w.WriteStartObject();
                    w.WriteString("stratum", s.Stratum);
                    RatStatsOutput.WriteVariableFields(w, s);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WritePropertyName("overall");
                w.WriteStartObject();
                RatStatsOutput.WriteVariableFields(w, result.Overall);
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return;
        }
        output.WriteLine("Variable appraisal, stratified (difference values)");
        foreach (var s in result.Strata)
        {
            output.WriteLine();
            output.WriteLine($"Stratum {s.Stratum}");
            WriteReport(output, s, "t");
        }
        output.WriteLine();
        output.WriteLine("Overall (limits with the normal quantile z)");
        WriteReport(output, result.Overall, "z");
    }

    private static void WriteReport(TextWriter output, VariableAppraisalResult r, string quantile)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"  Universe size:           {r.Universe.ToString("#,##0", c)}");
        output.WriteLine($"  Sample size:             {r.Sample.ToString("#,##0", c)}");
        output.WriteLine($"  Sum of differences:      {RatStatsOutput.Money(r.Sum)}");
        output.WriteLine($"  Mean:                    {RatStatsOutput.Money(r.Mean)}");
        if (r.StandardDeviation is { } sd) output.WriteLine($"  Standard deviation:      {RatStatsOutput.Money(sd)}");
        output.WriteLine($"  Point estimate:          {RatStatsOutput.Whole(r.PointEstimate)}");
        output.WriteLine($"  Standard error (total):  {RatStatsOutput.Whole(r.StandardErrorTotal)}");
        output.WriteLine($"  Confidence  Lower limit     Upper limit     Precision     Precision %   ({quantile})");
        foreach (var l in r.Levels)
        {
            output.WriteLine($"  {RatStatsOutput.Percent(l.Confidence),10}  {RatStatsOutput.Whole(l.Lower),14}  {RatStatsOutput.Whole(l.Upper),14}  " +
                             $"{RatStatsOutput.Whole(l.Precision),12}  {l.PrecisionPercent.ToString("0.00", c),10}%");
        }
    }
}
