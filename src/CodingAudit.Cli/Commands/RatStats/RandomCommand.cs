using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats random</c>: RAT-STATS single-stage random numbers.</summary>
internal static class RandomCommand
{
    public static Command Create()
    {
        var seed = new Option<decimal>("--seed") { Description = "Seed, a positive number below 10^15 (rounded to 2 decimals, as RAT-STATS does).", Required = true };
        var low = new Option<long>("--low") { Description = "Low end of the frame (inclusive).", Required = true };
        var high = new Option<long>("--high") { Description = "High end of the frame (inclusive).", Required = true };
        var count = new Option<int>("--count") { Description = "Quantity of numbers in sequence (the sample).", Required = true };
        var spares = new Option<int>("--spares") { Description = "Quantity of spares, drawn after the sample.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("random", "Single-stage random numbers, RAT-STATS 2010 compatible (same seed, same numbers).");
        foreach (var o in new Option[] { seed, low, high, count, spares, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var result = RatStatsOutput.Checked(() =>
                RatStatsRandomNumbers.Draw(parse.GetValue(seed), parse.GetValue(low), parse.GetValue(high), parse.GetValue(count), parse.GetValue(spares)));
            Write(RatStatsOutput.Out(parse), result, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, RandomNumberResult result, bool json)
    {
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("seed", result.Seed);
                w.WriteNumber("low", result.Low);
                w.WriteNumber("high", result.High);
                w.WriteStartArray("selectionOrder");
                foreach (var v in result.SelectionOrder) w.WriteNumberValue(v);
                w.WriteEndArray();
                WriteNumbers(w, "sample", result.Sample);
                WriteNumbers(w, "spares", result.Spares);
                w.WriteNumber("sum", result.Sum);
                w.WriteEndObject();
            });
            return;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Single stage random numbers (RAT-STATS compatible)");
        output.WriteLine($"Seed:                  {result.Seed.ToString(c)}");
        output.WriteLine($"Frame low number:      {result.Low.ToString(c)}");
        output.WriteLine($"Frame high number:     {result.High.ToString(c)}");
        output.WriteLine($"Quantity in sequence:  {result.Sample.Count.ToString(c)}");
        output.WriteLine($"Quantity of spares:    {result.Spares.Count.ToString(c)}");
        output.WriteLine();
        output.WriteLine("Selection order   Random number");
        foreach (var n in result.Sample) output.WriteLine($"{n.Order,15}   {n.Value,13}");
        if (result.Spares.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Spares");
            output.WriteLine("Selection order   Random number");
            foreach (var n in result.Spares) output.WriteLine($"{n.Order,15}   {n.Value,13}");
        }
        output.WriteLine();
        output.WriteLine($"Sum of all random numbers: {result.Sum.ToString(c)}");
    }

    private static void WriteNumbers(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<SelectedNumber> numbers)
    {
        w.WriteStartArray(name);
        foreach (var n in numbers)
        {
            w.WriteStartObject();
            w.WriteNumber("value", n.Value);
            w.WriteNumber("order", n.Order);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
