using CodingAudit.Domain.Claims;
using CodingAudit.Ingest.Csv;

namespace CodingAudit.Ingest.Import;

/// <summary>
/// Reads an import folder (docs/import-format.md) as streams of domain records, rejecting bad rows into an
/// <see cref="ImportRejects"/> with file, line, field and reason. Each Read method streams: enumerate it once.
/// </summary>
/// <remarks>
/// claims.csv and claim_lines.csv are both sorted by claim_id (ordinal) and are merged in step, so memory per claim is
/// constant however large the files are. A claim with any bad line is rejected whole (with all its lines): a partial
/// claim would mislead an audit. Duplicate ids are found by order in claims.csv and by a set of seen ids elsewhere.
/// </remarks>
public sealed class ImportFolderReader
{
    private readonly ImportKnownIds _known;

    public ImportFolderReader(string folder, ImportKnownIds? known = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"import folder '{folder}' does not exist");
        Folder = folder;
        _known = known ?? ImportKnownIds.None;
    }

    public string Folder { get; }

    public bool HasFile(string name) => File.Exists(Path.Combine(Folder, name));

    public IEnumerable<Coder> ReadCoders(ImportRejects rejects) =>
        ReadSimple(ImportFiles.Coders, ImportFiles.CoderColumns[..2], rejects, row =>
        {
            var id = row.Get("coder_id");
            if (ImportValues.CheckId(id) is { } e) return Fail<Coder>("coder_id", e);
            var name = row.Get("name");
            if (name.Length == 0) return Fail<Coder>("name", "is empty");
            var team = row.Get("team");
            return (new Coder(id, name, team.Length == 0 ? null : team), id, null, null);
        });

    public IEnumerable<Provider> ReadProviders(ImportRejects rejects) =>
        ReadSimple(ImportFiles.Providers, ImportFiles.ProviderColumns, rejects, row =>
        {
            var npi = row.Get("npi");
            if (ImportValues.CheckNpi(npi, verifyCheckDigit: true) is { } e) return Fail<Provider>("npi", e);
            var name = row.Get("name");
            if (name.Length == 0) return Fail<Provider>("name", "is empty");
            var specialty = row.Get("specialty");
            if (specialty.Length == 0) return Fail<Provider>("specialty", "is empty");
            return (new Provider(npi, name, specialty), npi, null, null);
        });

    public IEnumerable<Payer> ReadPayers(ImportRejects rejects) =>
        ReadSimple(ImportFiles.Payers, ImportFiles.PayerColumns, rejects, row =>
        {
            var id = row.Get("payer_id");
            if (ImportValues.CheckId(id) is { } e) return Fail<Payer>("payer_id", e);
            var name = row.Get("name");
            if (name.Length == 0) return Fail<Payer>("name", "is empty");
            var kind = row.Get("kind").ToLowerInvariant();
            if (kind is not ("medicare" or "medicaid" or "commercial" or "other"))
                return Fail<Payer>("kind", $"'{kind}' is not medicare, medicaid, commercial or other");
            return (new Payer(id, name, kind), id, null, null);
        });

    public IEnumerable<Patient> ReadPatients(ImportRejects rejects) =>
        ReadSimple(ImportFiles.Patients, ImportFiles.PatientColumns, rejects, row =>
        {
            var id = row.Get("patient_id");
            if (ImportValues.CheckId(id) is { } e) return Fail<Patient>("patient_id", e);
            if (ImportValues.ParseDate(row.Get("birth_date"), out var birth) is { } de) return Fail<Patient>("birth_date", de);
            if (birth.Year < 1880) return Fail<Patient>("birth_date", $"{birth:yyyy-MM-dd} is before 1880");
            if (ImportValues.ParseSex(row.Get("sex"), out var sex) is { } se) return Fail<Patient>("sex", se);
            return (new Patient(id, birth, sex), id, null, null);
        });

    public IEnumerable<ClinicalNote> ReadNotes(ImportRejects rejects) =>
        ReadSimple(ImportFiles.Notes, ImportFiles.NoteColumns, rejects, row =>
        {
            var id = row.Get("note_id");
            if (ImportValues.CheckId(id) is { } e) return Fail<ClinicalNote>("note_id", e);
            var encounter = row.Get("encounter_id");
            if (ImportValues.CheckId(encounter) is { } ee) return Fail<ClinicalNote>("encounter_id", ee);
            if (_known.Encounters is { } encounters && !encounters.Contains(encounter))
                return Fail<ClinicalNote>("encounter_id", $"no encounter '{encounter}' among the imported claims");
            var type = row.Get("note_type");
            if (type.Length == 0) return Fail<ClinicalNote>("note_type", "is empty");
            if (ImportValues.ParseTimestamp(row.Get("written_at"), out var written) is { } te) return Fail<ClinicalNote>("written_at", te);
            if (ImportValues.ParseMinutes(row.Get("total_minutes"), out var minutes) is { } me) return Fail<ClinicalNote>("total_minutes", me);
            var text = row.Raw("text");
            if (string.IsNullOrWhiteSpace(text)) return Fail<ClinicalNote>("text", "is empty");
            return (new ClinicalNote(id, encounter, type, row.Get("author"), written, text, minutes), id, null, null);
        });

    /// <summary>
    /// Streams the claims with their lines. Both files must be sorted by claim_id (ordinal); a line whose claim is not
    /// in claims.csv at that position is rejected.
    /// </summary>
    public IEnumerable<Claim> ReadClaims(ImportRejects rejects)
    {
        ArgumentNullException.ThrowIfNull(rejects);
        var claimsPath = Path.Combine(Folder, ImportFiles.Claims);
        var linesPath = Path.Combine(Folder, ImportFiles.ClaimLines);
        if (!File.Exists(claimsPath)) yield break;
        if (!File.Exists(linesPath))
            throw new InvalidDataException($"{ImportFiles.ClaimLines} is missing: {ImportFiles.Claims} needs its lines beside it");

        using var claimsCsv = CsvReader.Open(claimsPath);
        using var linesCsv = CsvReader.Open(linesPath);
        var claimHeader = CsvHeader.Read(claimsCsv, ImportFiles.ClaimColumns.Where(c => c != "claim_type").ToArray());
        var lineHeader = CsvHeader.Read(linesCsv, ImportFiles.ClaimLineColumns);
        rejects.CountsFor(ImportFiles.Claims);
        rejects.CountsFor(ImportFiles.ClaimLines);
        var lines = new LineCursor(linesCsv, lineHeader, rejects);
        string? previousId = null;
        var claimLines = new List<RawLine>();

        while (claimsCsv.Read())
        {
            rejects.RowRead(ImportFiles.Claims);
            var row = new Row(claimsCsv, claimHeader);
            var claimLine = claimsCsv.LineNumber;
            var id = row.Get("claim_id");
            (string Field, string Reason)? problem = row.Problem is { } p ? ("", p) : null;
            var ordered = false;
            if (problem is null && ImportValues.CheckId(id) is { } idError) problem = ("claim_id", idError);
            if (problem is null && previousId is not null)
            {
                var order = string.CompareOrdinal(id, previousId);
                if (order == 0) problem = ("claim_id", $"duplicate claim id '{id}'");
                else if (order < 0) problem = ("claim_id", $"'{id}' is out of order: claims.csv must be sorted by claim_id (it follows '{previousId}')");
            }
            if (problem is null || problem.Value.Field is not "claim_id" and not "")
            {
                ordered = true;
                previousId = id;
            }

            claimLines.Clear();
            if (ordered)
            {
                lines.RejectOrphansBefore(id);
                lines.TakeFor(id, claimLines);
            }

            string[] diagnoses = [];
            Claim? claim = null;
            if (problem is null) problem = ParseClaimHeader(row, out diagnoses);
            if (problem is null && claimLines.Count == 0) problem = ("lines", $"claim '{id}' has no lines in {ImportFiles.ClaimLines}");

            var parsedLines = new List<ClaimLine>(claimLines.Count);
            if (problem is null)
            {
                var numbers = new HashSet<int>();
                foreach (var raw in claimLines)
                {
                    var line = ParseLine(raw, diagnoses.Length, numbers, out var lineProblem);
                    if (line is null)
                    {
                        raw.Rejected = true;
                        rejects.Reject(ImportFiles.ClaimLines, raw.LineNumber, lineProblem.Field, lineProblem.Reason);
                        problem ??= ("lines", $"line {raw.LineNumber} of {ImportFiles.ClaimLines} was rejected ({lineProblem.Field}: {lineProblem.Reason})");
                    }
                    else parsedLines.Add(line);
                }
            }

            if (problem is null)
            {
                claim = new Claim(id, row.Get("encounter_id"), row.Get("patient_id"), row.Get("provider_npi"),
                    row.Get("payer_id"), row.Get("coder_id"), _serviceDate, _codedAt, row.Get("place_of_service"),
                    diagnoses, parsedLines, _claimType);
                rejects.RowImported(ImportFiles.Claims);
                foreach (var _ in claimLines) rejects.RowImported(ImportFiles.ClaimLines);
                yield return claim;
            }
            else
            {
                rejects.Reject(ImportFiles.Claims, claimLine, problem.Value.Field, problem.Value.Reason);
                foreach (var raw in claimLines.Where(l => !l.Rejected))
                    rejects.Reject(ImportFiles.ClaimLines, raw.LineNumber, "claim_id",
                        $"its claim '{id}' (line {claimLine} of {ImportFiles.Claims}) was rejected");
            }
        }
        lines.RejectOrphansBefore(null);
    }

    // Parsed claim-level values, kept in fields so ParseClaimHeader can return a tuple problem without out-clutter.
    private DateOnly _serviceDate;
    private DateTimeOffset _codedAt;
    private ClaimType _claimType;

    private (string Field, string Reason)? ParseClaimHeader(Row row, out string[] diagnoses)
    {
        diagnoses = [];
        if (ImportValues.CheckId(row.Get("encounter_id")) is { } ee && row.Get("encounter_id").Length > 0) return ("encounter_id", ee);
        var patient = row.Get("patient_id");
        if (ImportValues.CheckId(patient) is { } pe) return ("patient_id", pe);
        if (_known.Patients is { } patients && !patients.Contains(patient)) return ("patient_id", $"no patient '{patient}' in {ImportFiles.Patients}");
        var npi = row.Get("provider_npi");
        if (ImportValues.CheckNpi(npi, verifyCheckDigit: false) is { } ne) return ("provider_npi", ne);
        if (_known.Providers is { } providers && !providers.Contains(npi)) return ("provider_npi", $"no provider '{npi}' in {ImportFiles.Providers}");
        var payer = row.Get("payer_id");
        if (ImportValues.CheckId(payer) is { } ye) return ("payer_id", ye);
        if (_known.Payers is { } payers && !payers.Contains(payer)) return ("payer_id", $"no payer '{payer}' in {ImportFiles.Payers}");
        var coder = row.Get("coder_id");
        if (ImportValues.CheckId(coder) is { } ce) return ("coder_id", ce);
        if (_known.Coders is { } coders && !coders.Contains(coder)) return ("coder_id", $"no coder '{coder}' in {ImportFiles.Coders}");
        if (ImportValues.ParseDate(row.Get("service_date"), out _serviceDate) is { } de) return ("service_date", de);
        if (ImportValues.ParseTimestamp(row.Get("coded_at"), out _codedAt) is { } te) return ("coded_at", te);
        if (DateOnly.FromDateTime(_codedAt.UtcDateTime) < _serviceDate.AddDays(-1))
            return ("coded_at", $"coded on {_codedAt:yyyy-MM-dd}, before the service date {_serviceDate:yyyy-MM-dd}");
        if (ImportValues.CheckPlaceOfService(row.Get("place_of_service")) is { } pos) return ("place_of_service", pos);
        if (ImportValues.ParseClaimType(row.Get("claim_type"), out _claimType) is { } cte) return ("claim_type", cte);
        if (ImportValues.ParseDiagnoses(row.Get("diagnoses"), out diagnoses) is { } dxe) return ("diagnoses", dxe);
        return null;
    }

    private static ClaimLine? ParseLine(RawLine raw, int diagnosisCount, HashSet<int> numbers, out (string Field, string Reason) problem)
    {
        problem = default;
        if (raw.Problem is { } p) { problem = ("", p); return null; }
        var f = raw.Fields;
        if (!int.TryParse(f[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1 || number > 999)
        { problem = ("line_number", $"'{f[1]}' is not a line number from 1 to 999"); return null; }
        if (!numbers.Add(number)) { problem = ("line_number", $"duplicate line number {number} in claim '{raw.ClaimId}'"); return null; }
        var code = f[2].ToUpperInvariant();
        if (ImportValues.CheckCode(code, f[3]) is { } ce) { problem = (f[3].ToUpperInvariant() is "CPT" or "HCPCS" ? "code" : "code_system", ce); return null; }
        if (ImportValues.ParseModifiers(f[4], out var modifiers) is { } me) { problem = ("modifiers", me); return null; }
        if (ImportValues.ParseUnits(f[5], out var units) is { } ue) { problem = ("units", ue); return null; }
        if (ImportValues.ParseCharge(f[6], out var charge) is { } che) { problem = ("charge", che); return null; }
        if (ImportValues.ParsePointers(f[7], diagnosisCount, out var pointers) is { } pe) { problem = ("diagnosis_pointers", pe); return null; }
        return new ClaimLine(number, code, modifiers, units, charge, pointers);
    }

    private IEnumerable<T> ReadSimple<T>(string file, string[] required, ImportRejects rejects,
        Func<Row, (T? Value, string Id, string? Field, string? Reason)> parse) where T : class
    {
        ArgumentNullException.ThrowIfNull(rejects);
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path)) yield break;
        using var csv = CsvReader.Open(path);
        var header = CsvHeader.Read(csv, required);
        rejects.CountsFor(file);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            rejects.RowRead(file);
            var row = new Row(csv, header);
            if (row.Problem is { } problem)
            {
                rejects.Reject(file, csv.LineNumber, "", problem);
                continue;
            }
            var (value, id, field, reason) = parse(row);
            if (value is null)
            {
                rejects.Reject(file, csv.LineNumber, field ?? "", reason ?? "invalid row");
                continue;
            }
            if (!seen.Add(id))
            {
                rejects.Reject(file, csv.LineNumber, required[0], $"duplicate id '{id}'");
                continue;
            }
            rejects.RowImported(file);
            yield return value;
        }
    }

    private static (T? Value, string Id, string? Field, string? Reason) Fail<T>(string field, string reason) where T : class =>
        (null, "", field, reason);

    /// <summary>One record of a file with a header: values by column name, trimmed.</summary>
    private readonly struct Row
    {
        private readonly CsvReader _csv;
        private readonly CsvHeader _header;

        public Row(CsvReader csv, CsvHeader header)
        {
            _csv = csv;
            _header = header;
            Problem = csv.Error is { } error
                ? $"malformed CSV record: {error}"
                : csv.FieldCount != header.Names.Count
                    ? $"{csv.FieldCount} fields, the header has {header.Names.Count}"
                    : null;
        }

        public string? Problem { get; }

        public string Get(string column) => Raw(column).Trim();

        public string Raw(string column)
        {
            var i = _header.IndexOf(column);
            return i >= 0 && i < _csv.FieldCount ? _csv[i] : "";
        }
    }

    private sealed class RawLine
    {
        public required long LineNumber { get; init; }
        public required string ClaimId { get; init; }
        public required string[] Fields { get; init; }
        public string? Problem { get; init; }
        public bool Rejected { get; set; }
    }

    /// <summary>A one-row look-ahead over claim_lines.csv for the merge with claims.csv.</summary>
    private sealed class LineCursor
    {
        private static readonly string[] Columns = ImportFiles.ClaimLineColumns;
        private readonly CsvReader _csv;
        private readonly CsvHeader _header;
        private readonly ImportRejects _rejects;
        private RawLine? _current;
        private bool _done;

        public LineCursor(CsvReader csv, CsvHeader header, ImportRejects rejects)
        {
            _csv = csv;
            _header = header;
            _rejects = rejects;
        }

        private RawLine? Peek()
        {
            if (_current is not null || _done) return _current;
            if (!_csv.Read()) { _done = true; return null; }
            _rejects.RowRead(ImportFiles.ClaimLines);
            var row = new Row(_csv, _header);
            var fields = new string[Columns.Length];
            for (var i = 0; i < Columns.Length; i++) fields[i] = row.Get(Columns[i]);
            _current = new RawLine { LineNumber = _csv.LineNumber, ClaimId = fields[0], Fields = fields, Problem = row.Problem };
            return _current;
        }

        /// <summary>Rejects lines whose claim id sorts before <paramref name="claimId"/> (all remaining when null).</summary>
        public void RejectOrphansBefore(string? claimId)
        {
            while (Peek() is { } line && (claimId is null || string.CompareOrdinal(line.ClaimId, claimId) < 0))
            {
                _rejects.Reject(ImportFiles.ClaimLines, line.LineNumber, "claim_id",
                    line.ClaimId.Length == 0
                        ? "claim_id is empty"
                        : $"no claim '{line.ClaimId}' in {ImportFiles.Claims} at this position (both files must be sorted by claim_id)");
                _current = null;
            }
        }

        public void TakeFor(string claimId, List<RawLine> into)
        {
            while (Peek() is { } line && string.Equals(line.ClaimId, claimId, StringComparison.Ordinal))
            {
                into.Add(line);
                _current = null;
            }
        }
    }
}
