using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.Csv;
using CodingAudit.Ingest.Import;
using CodingAudit.Synthetic.Organisation;
using CodingAudit.Synthetic.Reference;

namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// Writes a synthetic organisation's coded claims and notes as an import folder, plus claims.jsonl (the check-input
/// shape) and ground-truth.jsonl (one line per injected error with the correct coding). Streams claim by claim;
/// only the patient pool is held in memory. The same options give byte-identical files.
/// </summary>
public sealed class SeedGenerator
{
    public const string ClaimsJsonl = "claims.jsonl";
    public const string GroundTruthJsonl = "ground-truth.jsonl";
    public const string SummaryFile = "generation-summary.json";

    private static readonly Specialty[] SpecialtyOrder =
    [
        Specialty.PrimaryCare, Specialty.Orthopedics, Specialty.Cardiology, Specialty.PhysicalTherapy,
        Specialty.Dermatology, Specialty.Endocrinology, Specialty.Podiatry,
    ];
    private static readonly double[] SpecialtyWeights = [0.40, 0.12, 0.10, 0.14, 0.10, 0.07, 0.07];

    /// <summary>Kinds in the order a coder's rates are walked (the column order of coder-profiles.csv).</summary>
    public static readonly IReadOnlyList<string> InjectedKinds =
    [
        FindingKinds.EmLevelHigh, FindingKinds.EmLevelLow, FindingKinds.DxUnsupported, FindingKinds.DxMissed,
        FindingKinds.DxUncertain, FindingKinds.DxHistoryOnly, FindingKinds.DxSpecificity, FindingKinds.Ptp, FindingKinds.Mue,
        FindingKinds.AddOnWithoutPrimary, FindingKinds.UnitsVsTime, FindingKinds.Excludes1, FindingKinds.AgeConflict,
        FindingKinds.SexConflict, FindingKinds.Laterality, FindingKinds.Modifier25Unsupported,
        FindingKinds.PxUndocumented,
    ];

    private readonly SeedOptions _options;

    public SeedGenerator(SeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    internal static Specialty? ParseSpecialty(string text) => text.Trim().ToLowerInvariant() switch
    {
        "primary care" or "family medicine" or "internal medicine" => Specialty.PrimaryCare,
        "orthopedics" => Specialty.Orthopedics,
        "cardiology" => Specialty.Cardiology,
        "physical therapy" => Specialty.PhysicalTherapy,
        "dermatology" => Specialty.Dermatology,
        "endocrinology" => Specialty.Endocrinology,
        "podiatry" => Specialty.Podiatry,
        _ => null,
    };

    /// <summary>Generates the folder; <paramref name="progress"/> receives the number of claims written so far.</summary>
    public SeedSummary Generate(Action<long>? progress = null)
    {
        var o = _options;
        var org = SyntheticOrganisation.Load(o.OrganisationFolder);
        var tables = EditTables.Load(o.ReferenceFolder);
        var charges = ChargeSchedule.Load(o.ReferenceFolder);
        Directory.CreateDirectory(o.OutputFolder);

        var rng = new SeededRandom(o.Seed);
        var firstMonth = o.EndMonth.AddMonths(-(o.Months - 1));
        var total = (long)o.Months * o.ClaimsPerMonth;
        var patients = new PatientPool((int)Math.Clamp(total / 5, 600, 400_000), o.EndMonth, 3, rng);
        var builder = new EncounterBuilder(rng, tables);
        var notes = new NoteWriter(rng);
        var summary = new SeedSummary
        {
            Seed = o.Seed, Months = o.Months, ClaimsPerMonth = o.ClaimsPerMonth,
            FirstMonth = firstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            LastMonth = o.EndMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };

        var providersBySpecialty = SpecialtyOrder.Select(s => org.Providers.Where(p => ParseSpecialty(p.Specialty) == s).ToArray()).ToArray();
        var weights = SpecialtyWeights.Select((w, i) => providersBySpecialty[i].Length > 0 ? w : 0).ToArray();
        var payerIds = new[] { "medicare", "medicaid", "commercial" }
            .Select((kind, i) => org.Payers.FirstOrDefault(p => p.Kind == kind)?.Id ?? org.Payers[Math.Min(i, org.Payers.Count - 1)].Id).ToArray();

        WriteOrganisation(org, patients, summary);

        using var claimsCsv = CsvWriter.Create(Path.Combine(o.OutputFolder, ImportFiles.Claims));
        using var linesCsv = CsvWriter.Create(Path.Combine(o.OutputFolder, ImportFiles.ClaimLines));
        using var notesCsv = CsvWriter.Create(Path.Combine(o.OutputFolder, ImportFiles.Notes));
        claimsCsv.WriteRecord(ImportFiles.ClaimColumns);
        linesCsv.WriteRecord(ImportFiles.ClaimLineColumns);
        notesCsv.WriteRecord(ImportFiles.NoteColumns);
        using var jsonl = o.WriteJsonLines ? new JsonLinesWriter(Path.Combine(o.OutputFolder, ClaimsJsonl)) : null;
        using var truthJsonl = new JsonLinesWriter(Path.Combine(o.OutputFolder, GroundTruthJsonl));

        var idWidth = Math.Max(7, total.ToString(CultureInfo.InvariantCulture).Length);
        long number = 0, lineRows = 0, noteRows = 0, truthRows = 0;
        for (var m = 0; m < o.Months; m++)
        {
            var month = firstMonth.AddMonths(m);
            var weekdays = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
                .Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).ToArray();
            for (var k = 0; k < o.ClaimsPerMonth; k++)
            {
                number++;
                var n = number.ToString(CultureInfo.InvariantCulture).PadLeft(idWidth, '0');
                var claimId = "C" + n;
                var encounterId = "E" + n;
                var date = weekdays[rng.Next(weekdays.Length)];
                var specialtyIndex = rng.PickWeighted(weights);
                var specialty = SpecialtyOrder[specialtyIndex];
                var provider = rng.Pick(providersBySpecialty[specialtyIndex]);
                var patient = PickPatient(patients, specialty, date, rng);
                var age = AgeOn(patients.BirthOf(patient), date);
                var isNew = patients.FirstVisit(patient, specialty);
                var encounter = builder.Build(specialty, age, patients.SexOf(patient), patients.TraitsOf(patient), isNew, date, provider.Name,
                    preventiveCovered: patients.PayerOf(patient) == 2);
                var coderIndex = rng.Next(org.Coders.Count);
                var coder = org.Coders[coderIndex];
                var (billed, truth) = Inject(encounter, org.Profiles[coderIndex], rng, summary, coder.Id);
                if (truth is not null) ErrorVerifier.Verify(truth, billed, encounter, tables);

                var codedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(13, 0)), TimeSpan.Zero)
                    .AddDays(rng.Between(1, 6)).AddMinutes(rng.Next(540));
                var payerId = payerIds[patients.PayerOf(patient)];
                WriteClaim(claimsCsv, claimId, encounterId, patients.IdOf(patient), provider.Npi, payerId, coder.Id, date, codedAt, billed);
                for (var i = 0; i < billed.Lines.Count; i++)
                {
                    var line = billed.Lines[i];
                    linesCsv.WriteField(claimId);
                    linesCsv.WriteField(i + 1);
                    linesCsv.WriteField(line.Code);
                    linesCsv.WriteField(char.IsAsciiDigit(line.Code[0]) ? "CPT" : "HCPCS");
                    linesCsv.WriteField(string.Join(ImportFiles.ListSeparator, line.Modifiers));
                    linesCsv.WriteField(line.Units);
                    linesCsv.WriteField(charges.Charge(line.Code, line.Units));
                    linesCsv.WriteField(string.Join(ImportFiles.ListSeparator, billed.PointersOf(line)));
                    linesCsv.EndRecord();
                    lineRows++;
                }

                var writtenAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero).AddMinutes(rng.Next(480));
                var text = notes.Write(encounter);
                WriteNote(notesCsv, "N" + n, encounterId, encounter.NoteType, provider.Name, writtenAt, encounter.TotalMinutes, text);
                noteRows++;
                var fullText = text;
                if (encounter.ProcedureNote is { } procedure)
                {
                    WriteNote(notesCsv, "N" + n + "P", encounterId, procedure.Type, provider.Name, writtenAt.AddMinutes(12), null, procedure.Text);
                    noteRows++;
                    fullText = text + "\n\n" + procedure.Text;
                }

                jsonl?.Write(w => WriteCheckInput(w, claimId, patients.IdOf(patient), patients.BirthOf(patient), patients.SexOf(patient),
                    provider.Npi, payerId, date, billed, fullText, encounter.TotalMinutes));
                if (truth is not null)
                {
                    truthJsonl.Write(w => WriteTruth(w, claimId, coder.Id, truth, encounter.Correct));
                    truthRows++;
                }
                progress?.Invoke(number);
            }
        }

        summary.Rows[ImportFiles.Claims] = number;
        summary.Rows[ImportFiles.ClaimLines] = lineRows;
        summary.Rows[ImportFiles.Notes] = noteRows;
        summary.Rows[GroundTruthJsonl] = truthRows;
        if (o.WriteJsonLines) summary.Rows[ClaimsJsonl] = number;
        File.WriteAllText(Path.Combine(o.OutputFolder, SummaryFile),
            JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return summary;
    }

    private static int PickPatient(PatientPool pool, Specialty specialty, DateOnly date, SeededRandom rng)
    {
        var candidate = rng.Next(pool.Count);
        if (specialty == Specialty.PrimaryCare) return candidate;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var age = AgeOn(pool.BirthOf(candidate), date);
            var fits = specialty switch
            {
                Specialty.Cardiology => age >= 40,
                Specialty.Orthopedics => age >= 35,
                Specialty.Podiatry => age >= 18 && (attempt > 10 || (pool.TraitsOf(candidate) & Traits.Diabetes) != 0),
                _ => age >= 18,
            };
            if (fits) return candidate;
            candidate = rng.Next(pool.Count);
        }
        return candidate;
    }

    internal static int AgeOn(DateOnly birth, DateOnly date) => new Patient("x", birth, Sex.Unknown).AgeOn(date);

    private static (Coding Billed, Truth? Truth) Inject(Encounter e, CoderProfile profile, SeededRandom rng, SeedSummary summary, string coderId)
    {
        var u = rng.NextDouble();
        var cumulative = 0.0;
        string? chosen = null;
        foreach (var kind in InjectedKinds)
        {
            if (!e.Options.Any(opt => opt.Kind == kind)) continue;
            summary.Count(summary.Eligible, coderId, kind);
            cumulative += profile.RateOf(kind);
            if (chosen is null && u < cumulative) chosen = kind;
        }
        if (chosen is null) return (e.Correct, null);
        var candidates = e.Options.Where(opt => opt.Kind == chosen).ToList();
        var option = candidates[rng.Next(candidates.Count)];
        var billed = e.Correct.Clone();
        var truth = option.Apply(billed);
        summary.Count(summary.Injected, coderId, chosen);
        return (billed, truth);
    }

    private void WriteOrganisation(SyntheticOrganisation org, PatientPool patients, SeedSummary summary)
    {
        var folder = _options.OutputFolder;
        using (var w = CsvWriter.Create(Path.Combine(folder, ImportFiles.Coders)))
        {
            w.WriteRecord(ImportFiles.CoderColumns);
            foreach (var c in org.Coders) w.WriteRecord(c.Id, c.Name, c.Team);
        }
        using (var w = CsvWriter.Create(Path.Combine(folder, ImportFiles.Providers)))
        {
            w.WriteRecord(ImportFiles.ProviderColumns);
            foreach (var p in org.Providers) w.WriteRecord(p.Npi, p.Name, p.Specialty);
        }
        using (var w = CsvWriter.Create(Path.Combine(folder, ImportFiles.Payers)))
        {
            w.WriteRecord(ImportFiles.PayerColumns);
            foreach (var p in org.Payers) w.WriteRecord(p.Id, p.Name, p.Kind);
        }
        using (var w = CsvWriter.Create(Path.Combine(folder, ImportFiles.Patients)))
        {
            w.WriteRecord(ImportFiles.PatientColumns);
            for (var i = 0; i < patients.Count; i++)
                w.WriteRecord(patients.IdOf(i), patients.BirthOf(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), patients.SexOf(i).ToString());
        }
        summary.Rows[ImportFiles.Coders] = org.Coders.Count;
        summary.Rows[ImportFiles.Providers] = org.Providers.Count;
        summary.Rows[ImportFiles.Payers] = org.Payers.Count;
        summary.Rows[ImportFiles.Patients] = patients.Count;
    }

    private static void WriteClaim(CsvWriter w, string claimId, string encounterId, string patientId, string npi, string payerId,
        string coderId, DateOnly date, DateTimeOffset codedAt, Coding billed)
    {
        w.WriteField(claimId);
        w.WriteField(encounterId);
        w.WriteField(patientId);
        w.WriteField(npi);
        w.WriteField(payerId);
        w.WriteField(coderId);
        w.WriteField(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteField(codedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteField("11");
        w.WriteField("professional");
        w.WriteField(string.Join(ImportFiles.ListSeparator, billed.Diagnoses));
        w.EndRecord();
    }

    private static void WriteNote(CsvWriter w, string id, string encounterId, string type, string author, DateTimeOffset writtenAt, int? minutes, string text)
    {
        w.WriteField(id);
        w.WriteField(encounterId);
        w.WriteField(type);
        w.WriteField(author);
        w.WriteField(writtenAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteField(minutes?.ToString(CultureInfo.InvariantCulture));
        w.WriteField(text);
        w.EndRecord();
    }

    private static void WriteLines(Utf8JsonWriter w, Coding coding)
    {
        w.WriteStartArray("diagnoses");
        foreach (var d in coding.Diagnoses) w.WriteStringValue(d);
        w.WriteEndArray();
        w.WriteStartArray("lines");
        foreach (var line in coding.Lines)
        {
            w.WriteStartObject();
            w.WriteString("code", line.Code);
            w.WriteStartArray("modifiers");
            foreach (var m in line.Modifiers) w.WriteStringValue(m);
            w.WriteEndArray();
            w.WriteNumber("units", line.Units);
            w.WriteStartArray("diagnosisPointers");
            foreach (var p in coding.PointersOf(line)) w.WriteNumberValue(p);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCheckInput(Utf8JsonWriter w, string claimId, string patientId, DateOnly birth, char sex, string npi,
        string payerId, DateOnly date, Coding billed, string noteText, int? minutes)
    {
        w.WriteStartObject();
        w.WriteString("claimId", claimId);
        w.WriteStartObject("patient");
        w.WriteString("id", patientId);
        w.WriteString("birthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("sex", sex.ToString());
        w.WriteEndObject();
        w.WriteString("providerNpi", npi);
        w.WriteString("payerId", payerId);
        w.WriteString("serviceDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("placeOfService", "11");
        WriteLines(w, billed);
        w.WriteStartObject("note");
        w.WriteString("text", noteText);
        if (minutes is { } m) w.WriteNumber("totalMinutes", m);
        else w.WriteNull("totalMinutes");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTruth(Utf8JsonWriter w, string claimId, string coderId, Truth truth, Coding correct)
    {
        w.WriteStartObject();
        w.WriteString("claimId", claimId);
        w.WriteString("kind", truth.Kind);
        if (truth.Line is { } line) w.WriteNumber("line", line);
        // Absent means "none": no billed code for a missed diagnosis, no correction when the code should go.
        if (truth.Code.Length > 0) w.WriteString("code", truth.Code);
        if (truth.Expected.Length > 0) w.WriteString("expected", truth.Expected);
        w.WriteString("coderId", coderId);
        w.WriteStartObject("correct");
        WriteLines(w, correct);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>One JSON object per line, UTF-8, LF.</summary>
    private sealed class JsonLinesWriter : IDisposable
    {
        private readonly FileStream _stream;
        private readonly ArrayBufferWriter<byte> _buffer = new(8192);
        private readonly Utf8JsonWriter _writer;

        public JsonLinesWriter(string path)
        {
            _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public void Write(Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            write(_writer);
            _writer.Flush();
            _stream.Write(_buffer.WrittenSpan);
            _stream.WriteByte((byte)'\n');
        }

        public void Dispose()
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }
}
