using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Documentation;

namespace CodingAudit.Cli.Commands.Documentation;

/// <summary><c>codingaudit bench documentation</c>: single-thread throughput of the documentation check on generated
/// notes of about 400 words (a subcommand of the shared bench command).</summary>
internal static class DocumentationBenchCommand
{
    public static Command Create()
    {
        var documentation = new Command("documentation", "Documentation check (analyse the note + compare with the claim) on notes of about 400 words, one thread.");
        var count = new Option<int>("--notes") { Description = "Number of notes to check (default 20000).", DefaultValueFactory = _ => 20000 };
        var words = new Option<int>("--words") { Description = "Approximate words per note (default 400).", DefaultValueFactory = _ => 400 };
        var seed = new Option<string?>("--seed-data") { Description = "Seed-data folder with documentation/ and reference/ (default: the repository's)." };
        documentation.Options.Add(count);
        documentation.Options.Add(words);
        documentation.Options.Add(seed);
        documentation.SetHandler(parse =>
        {
            var n = parse.GetValue(count);
            var w = parse.GetValue(words);
            if (n < 1 || w < 20) throw new UserErrorException("--notes must be at least 1 and --words at least 20");
            var load = Stopwatch.StartNew();
            var knowledge = DocumentationCliSupport.LoadKnowledge(parse.GetValue(seed));
            var check = new DocumentationCheck(knowledge);
            load.Stop();
            var claims = BenchNotes.Generate(Math.Min(n, 2000), w, 20240910);
            var totalWords = claims.Sum(c => c.NoteText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            foreach (var c in claims.Take(200)) check.Check(c, []); // warm-up: JIT and regex caches
            var findings = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) findings += check.Check(claims[i % claims.Count], []).Count;
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var seconds = clock.Elapsed.TotalSeconds;
            var avgWords = (double)totalWords / claims.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rule data loaded in {load.Elapsed.TotalMilliseconds:0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n} notes (avg {avgWords:0} words, {claims.Count} distinct) checked on one thread in {seconds:0.000} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n / seconds:0} notes/s/core, {n * avgWords / seconds:0} words/s, {1000 * seconds / n:0.000} ms/note, {allocated / (double)n / 1024:0} KiB allocated/note, {findings} findings"));
            return 0;
        });
        return documentation;
    }
}

/// <summary>Deterministic synthetic notes for the benchmark: SOAP sections filled from fixed phrase pools.</summary>
internal static class BenchNotes
{
    private static readonly string[] Hpi =
    [
        "Patient is a 67 year old with HTN, T2DM and HLD here for follow up.",
        "Reports intermittent chest tightness with exertion but denies chest pain at rest.",
        "No fevers, chills or night sweats.",
        "Has had a cough for two weeks, productive of clear sputum, no hemoptysis.",
        "Left knee pain worse with stairs, hx of knee OA, s/p arthroscopy 2015.",
        "Blood sugars running 180-220 at home, poorly controlled despite metformin.",
        "Denies shortness of breath, orthopnea or PND; mild DOE walking uphill.",
        "Mother with breast cancer, father had MI at 60.",
        "Takes lisinopril 20 mg daily, atorvastatin 40 mg nightly and metformin 1000 mg bid.",
        "Sleeping poorly, wife reports snoring, possible sleep apnea.",
    ];
    private static readonly string[] Ros =
    [
        "Constitutional: negative for fever, weight loss, fatigue.",
        "Cardiovascular: no chest pain, no palpitations, no edema.",
        "Respiratory: positive for cough, negative for wheezing.",
        "GI: no nausea, vomiting, abdominal pain; occasional heartburn.",
        "All other systems reviewed and negative except as noted in HPI.",
    ];
    private static readonly string[] Exam =
    [
        "BP 148/92, HR 78, RR 16, SpO2 97% on room air, BMI 33.",
        "Lungs clear to auscultation bilaterally, no wheezes or rales.",
        "Heart regular rate and rhythm, no murmurs.",
        "Left knee with crepitus, mild effusion, no erythema, range of motion 5-110 degrees.",
        "Monofilament sensation decreased in both feet.",
    ];
    private static readonly string[] Plan =
    [
        "1. Essential hypertension - not at goal, increase lisinopril to 40 mg daily, recheck BMP in 2 weeks.",
        "2. Type 2 diabetes mellitus with hyperglycemia - A1c 8.9, add empagliflozin, diabetic foot exam done.",
        "3. Hyperlipidemia - continue atorvastatin, lipid panel ordered.",
        "4. Primary osteoarthritis of left knee - discussed options, continue NSAID, consider injection if no improvement.",
        "5. Cough - likely post viral, no evidence of pneumonia on exam, supportive care.",
        "6. Possible obstructive sleep apnea - refer for sleep study.",
        "Return in 3 months or sooner if symptoms worsen.",
    ];

    public static List<ClaimForReview> Generate(int count, int words, int seed)
    {
        var random = new Random(seed);
        var claims = new List<ClaimForReview>(count);
        for (var i = 0; i < count; i++)
        {
            var note = new StringBuilder();
            var total = 0;
            void Section(string heading, string[] pool, int max)
            {
                note.Append(heading).Append('\n');
                for (var k = 0; k < max && total < words; k++)
                {
                    var s = pool[random.Next(pool.Length)];
                    note.Append(s).Append(k % 2 == 0 ? ' ' : '\n');
                    total += s.Count(c => c == ' ') + 1;
                }
                note.Append('\n');
            }
            Section("CC: follow up", [], 0);
            Section("HPI:", Hpi, words / 40);
            Section("ROS:", Ros, words / 80);
            Section("PE:", Exam, words / 80);
            Section("A/P:", Plan, 100);
            note.Append("Total time spent on the date of the encounter: ").Append(25 + random.Next(30)).Append(" minutes.");
            var patient = new Patient($"BP{i}", new DateOnly(1957, 3, 14), Sex.Female);
            var claim = new Claim($"B{i}", $"B{i}", patient.Id, "1234567893", "MEDICARE", "", new DateOnly(2024, 9, 10),
                new DateTimeOffset(2024, 9, 10, 0, 0, 0, TimeSpan.Zero), "11", ["I10", "E11.9", "E78.5", "M17.9"],
                [new ClaimLine(1, "99214", [], 1, 0m, [1, 2, 3, 4])]);
            claims.Add(new ClaimForReview(claim, patient,
                [new ClinicalNote($"N{i}", claim.EncounterId, "progress", "", claim.CodedAt, note.ToString(), null)]));
        }
        return claims;
    }
}
