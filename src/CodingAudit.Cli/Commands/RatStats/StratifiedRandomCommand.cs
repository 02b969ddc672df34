using System.CommandLine;
using System.Globalization;
using CodingAudit.Domain.Sampling;
using CodingAudit.Ingest.RatStats;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>ratstats random-stratified</c>: stratified random numbers from a file of strata.</summary>
internal static class StratifiedRandomCommand
{
    public static Command Create()
    {
        var seed = new Option<decimal>("--seed") { Description = "Seed, a positive number below 10^15.", Required = true };
        var strata = new Option<string>("--strata") { Description = "File of stratum,low,high,count[,spares] lines.", Required = true };
        var stream = new Option<bool>("--single-stream") { Description = "One generator across the strata in order, instead of seed + (h - 1) for stratum h." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a report." };
        var command = new Command("random-stratified",
            "Stratified random numbers: RAT-STATS single-stage numbers per stratum, stratum h seeded with seed + (h - 1) (docs/sampling.md).");
        foreach (var o in new Option[] { seed, strata, stream, json }) command.Options.Add(o);
        command.SetHandler(parse =>
        {
            var lines = AppraisalValuesFile.ReadRandomStrata(parse.GetValue(strata)!);
            var seeding = parse.GetValue(stream) ? StratumSeeding.SingleStream : StratumSeeding.SeedPerStratum;
            var results = RatStatsOutput.Checked(() => StratifiedRandomNumbers.Draw(parse.GetValue(seed),
                lines.Select(l => new StratumRequest(l.Name, l.Low, l.High, l.Count, l.Spares)).ToArray(), seeding));
            Write(RatStatsOutput.Out(parse), parse.GetValue(seed), seeding, results, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, decimal seed, StratumSeeding seeding, IReadOnlyList<StratumNumbers> results, bool json)
    {
        var seedingName = seeding == StratumSeeding.SingleStream ? "single-stream" : "seed-per-stratum";
        if (json)
        {
            RatStatsOutput.WriteJson(output, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("seed", seed);
                w.WriteString("seeding", seedingName);
                w.WriteStartArray("strata");
                foreach (var r in results)
                {
                    w.WriteStartObject();
                    w.WriteString("stratum", r.Stratum.Name);
                    if (r.Seed is { } s) w.WriteNumber("seed", s);
                    else w.WriteNull("seed");
                    w.WriteNumber("low", r.Numbers.Low);
                    w.WriteNumber("high", r.Numbers.High);
                    w.WriteStartArray("selectionOrder");
                    foreach (var v in r.Numbers.SelectionOrder) w.WriteNumberValue(v);
                    w.WriteEndArray();
                    foreach (var (name, list) in new[] { ("sample", r.Numbers.Sample), ("spares", r.Numbers.Spares) })
                    {
                        w.WriteStartArray(name);
                        foreach (var n in list)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("value", n.Value);
                            w.WriteNumber("order", n.Order);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteNumber("sum", r.Numbers.Sum);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Stratified random numbers (RAT-STATS single stage per stratum), seed {seed.ToString(c)}, {seedingName}");
        foreach (var r in results)
        {
            output.WriteLine();
            output.WriteLine($"Stratum {r.Index.ToString(c)}: {r.Stratum.Name}   range {r.Numbers.Low.ToString(c)}-{r.Numbers.High.ToString(c)}   " +
                             (r.Seed is { } s ? $"seed {s.ToString(c)}" : "seed: continued stream"));
            output.WriteLine("Selection order   Random number");
            foreach (var n in r.Numbers.Sample) output.WriteLine($"{n.Order,15}   {n.Value,13}");
            foreach (var n in r.Numbers.Spares) output.WriteLine($"{n.Order,15}   {n.Value,13}   spare");
            output.WriteLine($"Sum: {r.Numbers.Sum.ToString(c)}");
        }
    }
}
