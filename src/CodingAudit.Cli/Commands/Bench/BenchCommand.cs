using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodingAudit.Cli.Commands.Database;
using CodingAudit.Domain.Claims;
using CodingAudit.Persistence;

namespace CodingAudit.Cli.Commands.Bench;

/// <summary>
/// <c>codingaudit bench import</c>: times the bulk loader on simple synthetic claims generated as a stream (never
/// held in memory), and reports throughput and peak memory. A measuring tool, not part of an audit.
/// </summary>
internal sealed class BenchCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("bench", "Measure CodingAudit's own performance on synthetic data.");
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateStream());
        command.Subcommands.Add(EditsBenchCommand.Create());
        command.Subcommands.Add(Documentation.DocumentationBenchCommand.Create());
        return command;
    }

    private static Command CreateStream()
    {
        var database = new DatabaseCliOptions();
        var from = new Option<DateOnly?>("--from") { Description = "First date of service (default: the first on file)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last date of service, inclusive (default: the last on file)." };
        var command = new Command("stream", "Read every claim of a period as the checks do (claim, patient, notes), reporting time and peak memory.");
        database.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var range = await db.Claims.ServiceDateRangeAsync(cancel) ?? throw new UserErrorException("no claims on file: run `codingaudit bench import` first");
            var first = parse.GetValue(from) ?? range.First;
            var last = parse.GetValue(to) ?? range.Last;
            Console.WriteLine($"database: {db.Options.Describe()}; period {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
            var watch = Stopwatch.StartNew();
            long claims = 0, lines = 0, notes = 0;
            await foreach (var claim in db.Claims.StreamClaimsForReviewAsync(first, last, cancel: cancel))
            {
                claims++;
                lines += claim.Claim.Lines.Count;
                notes += claim.Notes.Count;
                if (claims % 100_000 == 0)
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {claims:N0} claims, {watch.Elapsed.TotalSeconds:F1} s"));
            }
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"streamed {claims:N0} claims ({lines:N0} lines, {notes:N0} notes) in {seconds:F1} s ({claims / Math.Max(seconds, 0.001):N0} claims/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
            return 0;
        });
        return command;
    }

    private static Command CreateImport()
    {
        var database = new DatabaseCliOptions();
        var claims = new Option<int>("--claims") { Description = "How many synthetic claims to generate and import.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator (same seed, same claims).", DefaultValueFactory = _ => 1 };
        var twice = new Option<bool>("--twice") { Description = "Import the same claims a second time to time the idempotent re-import (expects 0 inserted)." };
        var year = new Option<int>("--year") { Description = "Calendar year the dates of service are spread over. The shipped ICD-10-CM and MCE tables cover Oct 2023 - Sep 2024; other dates get no-edit-data findings.", DefaultValueFactory = _ => 2025 };
        var command = new Command("import", "Generate simple synthetic claims as a stream and bulk-import them, reporting time and peak memory.");
        database.AddTo(command);
        command.Options.Add(claims);
        command.Options.Add(seed);
        command.Options.Add(twice);
        command.Options.Add(year);
        command.SetHandler(async (parse, cancel) =>
        {
            var count = parse.GetValue(claims);
            if (parse.GetValue(year) is < 2000 or > 2100) throw new UserErrorException("--year must be between 2000 and 2100");
            if (count < 1) throw new UserErrorException("--claims must be at least 1");
            await using var db = await database.OpenAsync(parse, cancel);
            var generator = new BenchClaims(parse.GetValue(seed), count, parse.GetValue(year));
            Console.WriteLine($"database: {db.Options.Describe()}");

            var watch = Stopwatch.StartNew();
            await db.Importer.ImportCodersAsync(generator.Coders(), cancel);
            await db.Importer.ImportProvidersAsync(generator.Providers(), cancel);
            await db.Importer.ImportPayersAsync(generator.Payers(), cancel);
            var patients = await db.Importer.ImportPatientsAsync(generator.Patients(), cancel: cancel);
            Console.WriteLine($"patients: {patients} in {watch.Elapsed.TotalSeconds:F1} s");

            await Measure("import", db, generator, count, cancel);
            if (parse.GetValue(twice)) await Measure("re-import", db, generator, count, cancel);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB; managed heap now: {GC.GetTotalMemory(false) / 1048576.0:F0} MiB"));
            return 0;
        });
        return command;
    }

    private static async Task Measure(string label, AuditDatabase db, BenchClaims generator, int count, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        var step = Math.Max(count / 10, 1);
        var next = step;
        var progress = new SyncProgress(read =>
        {
            if (read < next && read < count) return;
            next += step;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {read:N0} claims, {watch.Elapsed.TotalSeconds:F1} s"));
        });
        var result = await db.Importer.ImportClaimsAsync(generator.Claims(), progress, cancel);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {result} in {seconds:F1} s ({result.Read / seconds:N0} claims/s)"));
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

/// <summary>Simple claims: 1-3 lines, 1-4 diagnoses, spread over the 365 days from 1 January of
/// <paramref name="year"/>, 12 coders, 30 providers, 3 payers.</summary>
internal sealed class BenchClaims(int seed, int count, int year = 2025)
{
    private static readonly string[] Procedures = ["99212", "99213", "99214", "99215", "20610", "97110", "93000", "11102", "36415", "81002"];
    private static readonly string[] Diagnoses = ["E11.9", "I10", "M17.11", "J06.9", "Z00.00", "R07.9", "L82.1", "M54.50", "E78.5", "N39.0"];
    private static readonly string[] Modifiers = ["25", "59", "RT", "LT", "GP"];

    private int PatientCount => Math.Max(count / 20, 10);

    public IEnumerable<Coder> Coders() => Enumerable.Range(1, 12).Select(i => new Coder($"BC{i:D2}", $"Bench Coder {i}"));
    public IEnumerable<Provider> Providers() => Enumerable.Range(1, 30).Select(i => new Provider($"19{i:D8}", $"Bench Provider {i}", "Family Medicine"));
    public IEnumerable<Payer> Payers() => [new("BMCR", "Bench Medicare", "medicare"), new("BMCD", "Bench Medicaid", "medicaid"), new("BCOM", "Bench Commercial", "commercial")];

    public IEnumerable<Patient> Patients()
    {
        var random = new Random(seed);
        for (var i = 0; i < PatientCount; i++)
            yield return new Patient($"BP{i:D7}", new DateOnly(1940, 1, 1).AddDays(random.Next(0, 29000)), random.Next(2) == 0 ? Sex.Female : Sex.Male);
    }

    public IEnumerable<Claim> Claims()
    {
        var random = new Random(seed + 1);
        var start = new DateOnly(year, 1, 1);
        string[] payers = ["BMCR", "BMCD", "BCOM"];
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(random.Next(365));
            var dxCount = random.Next(1, 5);
            var diagnoses = Enumerable.Range(0, dxCount).Select(_ => Diagnoses[random.Next(Diagnoses.Length)]).Distinct().ToArray();
            var lines = Enumerable.Range(1, random.Next(1, 4)).Select(n => new ClaimLine(n, Procedures[random.Next(Procedures.Length)],
                random.Next(4) == 0 ? [Modifiers[random.Next(Modifiers.Length)]] : [], random.Next(1, 3),
                Math.Round((decimal)(random.NextDouble() * 300 + 20), 2), [1 + random.Next(diagnoses.Length)])).ToArray();
            yield return new Claim($"BCLM{i:D8}", $"BENC{i:D8}", $"BP{random.Next(PatientCount):D7}", $"19{random.Next(1, 31):D8}",
                payers[random.Next(3)], $"BC{random.Next(1, 13):D2}", date,
                new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).AddDays(random.Next(1, 10)),
                "11", diagnoses, lines);
        }
    }
}
