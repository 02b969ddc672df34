using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CodingAudit.Domain.Statistics;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary>Shared output helpers: JSON writing and number formatting for the ratstats reports.</summary>
internal static class RatStatsOutput
{
    public static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration?.Output ?? Console.Out;

    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            write(writer);
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes the unrestricted-appraisal fields of the JSON shape in the issue.</summary>
    public static void WriteVariableFields(Utf8JsonWriter w, VariableAppraisalResult r)
    {
        w.WriteNumber("n", r.Sample);
        w.WriteNumber("universe", r.Universe);
        w.WriteNumber("mean", r.Mean);
        if (r.StandardDeviation is { } sd) w.WriteNumber("standardDeviation", sd);
        else w.WriteNull("standardDeviation");
        w.WriteNumber("pointEstimate", r.PointEstimate);
        w.WriteNumber("standardErrorTotal", r.StandardErrorTotal);
        w.WriteStartObject("levels");
        foreach (var level in r.Levels)
        {
            w.WriteStartObject(ConfidenceLevels.Key(level.Confidence));
            w.WriteNumber("lower", level.Lower);
            w.WriteNumber("upper", level.Upper);
            w.WriteNumber("precision", level.Precision);
            w.WriteNumber("precisionPercent", level.PrecisionPercent);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public static string Money(double value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Whole(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Percent(double confidence) => ConfidenceLevels.Key(confidence) + "%";

    /// <summary>Turns the domain's argument checks into one-line user errors.</summary>
    public static T Checked<T>(Func<T> compute) => UserErrorException.Checked(compute);

    /// <summary>Writes "levels": {"80": {"lower", "upper"}, ...}, the limits of an attribute appraisal.</summary>
    public static void WriteLimits(Utf8JsonWriter w, IEnumerable<(double Confidence, double Lower, double Upper)> levels)
    {
        w.WriteStartObject("levels");
        foreach (var (confidence, lower, upper) in levels)
        {
            w.WriteStartObject(ConfidenceLevels.Key(confidence));
            w.WriteNumber("lower", lower);
            w.WriteNumber("upper", upper);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
