using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Ingest.PayerRules;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Cli.Commands.Bench;

/// <summary>
/// <c>codingaudit bench edits</c>: index load time and memory with a full-size NCCI practitioner table (synthetic when
/// the real one is absent) and single-thread throughput of the edit engine on seed-like claims.
/// </summary>
internal static class EditsBenchCommand
{
    public static Command Create()
    {
        var ptpRows = new Option<int>("--ptp-rows") { Description = "Rows of the practitioner PTP table to load (synthetic rows fill up to this).", DefaultValueFactory = _ => 1_000_000 };
        var claims = new Option<int>("--claims") { Description = "Seed-like claims to check, timed on one thread.", DefaultValueFactory = _ => 500_000 };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic table and claims.", DefaultValueFactory = _ => 42 };
        var reference = new Option<string?>("--reference") { Description = "Reference-data folder (default: seed-data/reference)." };
        var noNotices = new Option<bool>("--no-notices") { Description = "Leave out no-edit-data notices (to see what they cost; a real run keeps them)." };
        var edits = new Command("edits", "Benchmark the edit engine: index load time and memory, claims per second on one thread.");
        edits.Options.Add(ptpRows);
        edits.Options.Add(claims);
        edits.Options.Add(seed);
        edits.Options.Add(reference);
        edits.Options.Add(noNotices);
        edits.SetHandler(parse => EditsBenchmark.Run(parse.GetValue(ptpRows), parse.GetValue(claims), parse.GetValue(seed),
            parse.GetValue(reference) ?? ProjectPaths.ReferenceData, Console.Out, parse.GetValue(noNotices)));
        return edits;
    }
}

internal static class EditsBenchmark
{
    public static int Run(int ptpRows, int claimCount, int seed, string referenceFolder, TextWriter output, bool noNotices = false)
    {
        if (ptpRows < 0 || claimCount < 1) throw new UserErrorException("--ptp-rows must be >= 0 and --claims >= 1");
        var random = new Random(seed);
        var universe = ProcedureCodeFiles.ReadCodeUniverse(Path.Combine(referenceFolder, "code_universe_cpt_hcpcs.csv"));
        var temp = Path.Combine(Path.GetTempPath(), $"codingaudit-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(temp);
        try
        {
            var ptpFile = Path.Combine(temp, "ptp_practitioner_synthetic.TXT");
            var sw = Stopwatch.StartNew();
            var written = WriteSyntheticPtp(ptpFile, ptpRows, Path.Combine(referenceFolder, "ncci_ptp_practitioner_2024q3.csv"), universe, random);
            output.WriteLine($"synthetic practitioner PTP table: {written:N0} rows in the official .TXT layout ({new FileInfo(ptpFile).Length / 1e6:F1} MB), written in {sw.Elapsed.TotalSeconds:F2} s");

            ForceGc();
            var before = GC.GetTotalMemory(true);
            using var process = Process.GetCurrentProcess();
            var loadCpuBefore = process.TotalProcessorTime;
            sw.Restart();
            var builder = new ReferenceLibraryBuilder();
            ReferenceLibraryLoader.AddFolder(builder, referenceFolder);
            var table = new PtpTable.Builder("practitioner", written);
            var rows = PtpFiles.ReadOfficialTxt(ptpFile, "practitioner", table);
            builder.Add(new ReferenceRelease(ReferenceTables.PtpPractitioner, "synthetic-full", new DateOnly(1996, 1, 1), null,
                Path.GetFileName(ptpFile), ReferenceValues.Sha256(ptpFile), rows), table.Build());
            var library = builder.Build();
            var payerRules = PayerRuleFiles.ReadFolder(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referenceFolder))!, "payer-rules"));
            var loadSeconds = sw.Elapsed.TotalSeconds;
            process.Refresh();
            var loadCpu = (process.TotalProcessorTime - loadCpuBefore).TotalSeconds;
            ForceGc();
            var after = GC.GetTotalMemory(true);
            process.Refresh();
            output.WriteLine($"index load: {loadSeconds:F2} s wall ({loadCpu:F2} s CPU, all threads) for all shipped tables + {rows:N0} PTP rows; managed heap held by the indexes {(after - before) / 1e6:F0} MB; " +
                             $"working set {process.WorkingSet64 / 1e6:F0} MB (peak {process.PeakWorkingSet64 / 1e6:F0} MB)");
            GC.KeepAlive(library);

            var engine = new EditEngine(library, payerRules, new EditEngineOptions { ReportNoEditData = !noNotices });
            var claims = SeedLikeClaims(claimCount, library, universe, random);
            var warm = Math.Min(20_000, claims.Count);
            for (var i = 0; i < warm; i++) engine.Check(claims[i].Claim, claims[i].SameDay);
            ForceGc();
            var findings = 0L;
            var gcBefore = GC.CollectionCount(0);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            sw.Restart();
            for (var i = 0; i < claims.Count; i++) findings += engine.Check(claims[i].Claim, claims[i].SameDay).Count;
            var seconds = sw.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            // On a shared machine wall time includes waiting for a core; CPU time is what one core spent.
            output.WriteLine($"throughput: {claims.Count:N0} claims in {seconds:F2} s wall, {cpuSeconds:F2} s CPU on one thread = " +
                             $"{claims.Count / seconds:N0} claims/s wall, {claims.Count / cpuSeconds:N0} claims per CPU-second " +
                             $"({findings:N0} findings, {claims.Average(c => c.Claim.Claim.Lines.Count):F1} lines and {claims.Average(c => c.Claim.Claim.Diagnoses.Count):F1} diagnoses a claim, " +
                             $"{claims.Count(c => c.SameDay.Length > 0):N0} with same-day claims, gen0 GCs {GC.CollectionCount(0) - gcBefore})");
            var byKind = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in claims.Take(50_000))
            {
                foreach (var f in engine.Check(c.Claim, c.SameDay)) byKind[f.Kind] = byKind.GetValueOrDefault(f.Kind) + 1;
            }
            output.WriteLine("findings per 1,000 claims: " + string.Join(", ", byKind.OrderByDescending(kv => kv.Value)
                .Select(kv => $"{kv.Key} {kv.Value * 1000.0 / Math.Min(50_000, claims.Count):F0}")));
            GC.KeepAlive(library);
            return 0;
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); }
            catch (IOException) { /* a leftover temp file is harmless */ }
        }
    }

    private static void ForceGc()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The real subset rows first, then synthetic pairs that each involve at least one made-up code, so real
    /// claims meet only real edits while the index has full size.</summary>
    private static int WriteSyntheticPtp(string path, int rows, string realSubset, IReadOnlyList<ProcedureCode> universe, Random random)
    {
        using var w = new StreamWriter(path);
        w.Write("CPT codes, descriptions and other data only are copyright American Medical Association. (synthetic benchmark table)\r\n");
        w.Write("Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale\r\n");
        w.Write("\t\tprior to 1996\tDate\tDate\t0=not allowed\t\r\n\t\t\t\t*=no data\t1=allowed\t\r\n\t\t\t\t\t9=not applicable\t\r\n");
        var seen = new HashSet<(string, string)>();
        var n = 0;
        foreach (var line in File.ReadLines(realSubset).Skip(1))
        {
            var f = line.Split(',');
            if (n >= rows) break;
            w.Write($"{f[0]}\t{f[1]}\t\t19960101\t{(f[2].Length == 0 ? "*" : f[2])}\t{f[3]}\t{f[4]}\r\n");
            seen.Add((f[0], f[1]));
            n++;
        }
        var synthetic = Enumerable.Range(0, 12_000).Select(i => (10000 + i * 5).ToString("00000", CultureInfo.InvariantCulture))
            .Where(c => universe.All(u => u.Code != c)).ToArray();
        var real = universe.Select(u => u.Code).ToArray();
        string[] rationales = ["Misuse of Column Two code with Column One code", "Standards of medical/surgical practice", "CPT Manual or CMS manual coding instruction", "Mutually exclusive procedures"];
        while (n < rows)
        {
            var a = synthetic[random.Next(synthetic.Length)];
            var b = random.Next(4) == 0 ? real[random.Next(real.Length)] : synthetic[random.Next(synthetic.Length)];
            var (c1, c2) = random.Next(2) == 0 ? (a, b) : (b, a);
            if (c1 == c2 || !seen.Add((c1, c2))) continue;
            var deleted = random.Next(10) == 0;
            w.Write($"{c1}\t{c2}\t\t{2000 + random.Next(24)}0101\t{(deleted ? "20191231" : "*")}\t{random.Next(3) switch { 0 => 0, 1 => 1, _ => 1 }}\t{rationales[random.Next(rationales.Length)]}\r\n");
            n++;
        }
        return n;
    }

    private sealed record BenchClaim(ClaimForReview Claim, ClaimForReview[] SameDay);

    /// <summary>Claims shaped like the seed data: office encounters by specialty (an E/M visit, often with a procedure
    /// that matches the diagnoses), 2024 dates, about one in ten with a coding error injected and one in ten with a
    /// same-day claim of the same patient and provider.</summary>
    private static List<BenchClaim> SeedLikeClaims(int count, ReferenceLibrary library, IReadOnlyList<ProcedureCode> universe, Random random)
    {
        (string[] Lines, string[] Dx)[] templates =
        [
            (["99213"], ["I10", "E78.5"]), (["99214"], ["E11.9", "E78.5", "I10"]), (["99212"], ["J06.9"]), (["99215"], ["I50.9", "I11.0", "N18.30"]),
            (["99203"], ["M25.561"]), (["99213", "20610:RT"], ["M17.11"]), (["99214:25", "20610:LT"], ["M17.12", "I10"]),
            (["99213", "82306"], ["E55.9"]), (["99213", "36415", "80053"], ["E11.9"]), (["99396"], ["Z00.00"]),
            (["64493", "64494"], ["M47.816"]), (["62323"], ["M54.16"]), (["99213", "93000"], ["R07.9", "I10"]),
            (["97110:GP:3", "97140:GP:1", "97530:GP:1"], ["M54.50"]), (["99213", "17110"], ["L57.0"]), (["99204", "11102"], ["D48.5"]),
            (["45378"], ["Z12.11"]), (["99214", "77080"], ["M81.0"]), (["99212", "J1030:JZ"], ["M54.50"]), (["99215", "99417"], ["J44.9", "I10"]),
        ];
        string[] errorCodes = ["99215", "64494", "96372", "36415", "20610", "99211"];
        string[] errorDx = ["N18.3", "E10.9", "K52.9", "F02.80", "O09.00", "B37.42"];
        string[] payers = ["MEDICARE", "NORTHWIND", "MCD-RIVER"];
        var result = new List<BenchClaim>(count);
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(random.Next(366));
            var patientId = "P" + random.Next(count / 3 + 1).ToString(CultureInfo.InvariantCulture);
            var birth = date.AddYears(-(18 + random.Next(70)));
            var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
            var id = "C" + i.ToString(CultureInfo.InvariantCulture);
            var claim = Make(id, patientId, date, birth, sex);
            result.Add(new BenchClaim(claim, random.Next(10) == 0 ? [Make(id + "B", patientId, date, birth, sex)] : []));
        }
        GC.KeepAlive(library);
        GC.KeepAlive(universe);
        return result;

        ClaimForReview Make(string id, string patientId, DateOnly date, DateOnly birth, Sex sex)
        {
            var t = templates[random.Next(templates.Length)];
            var diagnoses = t.Dx.ToList();
            var lines = new List<ClaimLine>();
            foreach (var spec in t.Lines)
            {
                var parts = spec.Split(':');
                var units = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 1;
                lines.Add(new ClaimLine(lines.Count + 1, parts[0], parts.Length > 1 ? [parts[1]] : [], units, 0m, [1]));
            }
            if (random.Next(10) == 0)
            {
                if (random.Next(2) == 0) lines.Add(new ClaimLine(lines.Count + 1, errorCodes[random.Next(errorCodes.Length)], [], 1, 0m, [1]));
                else diagnoses.Add(errorDx[random.Next(errorDx.Length)]);
            }
            var claim = new Claim(id, id, patientId, "1234567893", payers[random.Next(payers.Length)], "K1", date,
                new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "11", diagnoses, lines);
            return new ClaimForReview(claim, new Patient(patientId, birth, sex), []);
        }
    }
}
