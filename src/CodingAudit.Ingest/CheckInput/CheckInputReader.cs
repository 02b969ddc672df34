using System.Globalization;
using System.Text.Json;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Ingest.CheckInput;

/// <summary>
/// Reads the check command's JSON Lines input (docs/check-input.md): one claim per line with its patient inline and an
/// optional note. A malformed line yields an error with its line number and reading goes on.
/// </summary>
public static class CheckInputReader
{
    /// <summary>Streams the lines of <paramref name="path"/>; blank lines are skipped.</summary>
    public static IEnumerable<CheckInputLine> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"input file '{path}' does not exist", path);
        var number = 0L;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (text.Trim().Length == 0) continue;
            yield return Parse(text, number);
        }
    }

    /// <summary>Parses one line; never throws for bad content.</summary>
    public static CheckInputLine Parse(string json, long lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return new CheckInputLine(lineNumber, ToClaim(doc.RootElement), null);
        }
        catch (JsonException e)
        {
            return new CheckInputLine(lineNumber, null, $"line {lineNumber}: not valid JSON ({e.Message.Split(" Path:")[0]})");
        }
        catch (BadInput e)
        {
            return new CheckInputLine(lineNumber, null, $"line {lineNumber}: field '{e.Field}': {e.Message}");
        }
        catch (ArgumentException e)
        {
            return new CheckInputLine(lineNumber, null, $"line {lineNumber}: {e.Message}");
        }
    }

    private static ClaimForReview ToClaim(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object) throw new BadInput("(line)", "a claim is a JSON object");
        var claimId = Str(o, "claimId", true)!;
        if (!o.TryGetProperty("patient", out var p) || p.ValueKind != JsonValueKind.Object) throw new BadInput("patient", "is required: {\"id\",\"birthDate\",\"sex\"}");
        var patientId = Str(p, "id", true, "patient.id")!;
        var birth = Date(p, "birthDate", "patient.birthDate") ?? throw new BadInput("patient.birthDate", "is required (yyyy-MM-dd)");
        var sex = (Str(p, "sex", false, "patient.sex") ?? "U").ToUpperInvariant() switch
        {
            "F" or "FEMALE" => Sex.Female,
            "M" or "MALE" => Sex.Male,
            "U" or "UNKNOWN" => Sex.Unknown,
            var s => throw new BadInput("patient.sex", $"'{s}' is not F, M or U"),
        };
        var serviceDate = Date(o, "serviceDate", "serviceDate") ?? throw new BadInput("serviceDate", "is required (yyyy-MM-dd)");
        if (birth > serviceDate) throw new BadInput("patient.birthDate", $"{birth:yyyy-MM-dd} is after the service date");
        var npi = Str(o, "providerNpi", true)!;
        var payer = Str(o, "payerId", false) ?? "";
        var pos = Str(o, "placeOfService", false) ?? "11";
        var diagnoses = new List<string>();
        if (o.TryGetProperty("diagnoses", out var dx))
        {
            if (dx.ValueKind != JsonValueKind.Array) throw new BadInput("diagnoses", "must be a list of ICD-10-CM codes");
            foreach (var d in dx.EnumerateArray())
            {
                if (d.ValueKind != JsonValueKind.String || d.GetString()!.Trim().Length == 0) throw new BadInput("diagnoses", "must be a list of ICD-10-CM codes");
                diagnoses.Add(d.GetString()!);
            }
        }
        var lines = new List<ClaimLine>();
        if (!o.TryGetProperty("lines", out var ls) || ls.ValueKind != JsonValueKind.Array) throw new BadInput("lines", "is required: a list of service lines");
        var n = 0;
        foreach (var l in ls.EnumerateArray())
        {
            n++;
            var field = $"lines[{n}]";
            if (l.ValueKind != JsonValueKind.Object) throw new BadInput(field, "a line is a JSON object");
            var code = Str(l, "code", true, field + ".code")!;
            var modifiers = new List<string>();
            if (l.TryGetProperty("modifiers", out var ms))
            {
                if (ms.ValueKind != JsonValueKind.Array) throw new BadInput(field + ".modifiers", "must be a list of strings");
                foreach (var m in ms.EnumerateArray())
                {
                    if (m.ValueKind != JsonValueKind.String) throw new BadInput(field + ".modifiers", "must be a list of strings");
                    modifiers.Add(m.GetString()!);
                }
                if (modifiers.Count > ClaimLine.MaxModifiers) throw new BadInput(field + ".modifiers", $"has {modifiers.Count}; a line carries at most {ClaimLine.MaxModifiers}");
            }
            var units = Int(l, "units", field + ".units") ?? 1;
            if (units < 0) throw new BadInput(field + ".units", "cannot be negative");
            var pointers = new List<int>();
            if (l.TryGetProperty("diagnosisPointers", out var ps))
            {
                if (ps.ValueKind != JsonValueKind.Array) throw new BadInput(field + ".diagnosisPointers", "must be a list of numbers");
                foreach (var ptr in ps.EnumerateArray())
                {
                    if (ptr.ValueKind != JsonValueKind.Number || !ptr.TryGetInt32(out var v) || v < 1 || v > diagnoses.Count)
                        throw new BadInput(field + ".diagnosisPointers", $"{ptr} is not a position in the diagnosis list (1..{diagnoses.Count})");
                    pointers.Add(v);
                }
                if (pointers.Count > ClaimLine.MaxPointers) throw new BadInput(field + ".diagnosisPointers", $"has {pointers.Count}; at most {ClaimLine.MaxPointers}");
            }
            var charge = l.TryGetProperty("charge", out var ch) && ch.ValueKind == JsonValueKind.Number ? ch.GetDecimal() : 0m;
            lines.Add(new ClaimLine(n, code, modifiers, units, charge, pointers, Str(l, "placeOfService", false, field + ".placeOfService")));
        }
        var codedAt = Str(o, "codedAt", false) is { } ca
            ? DateTimeOffset.TryParse(ca, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw new BadInput("codedAt", $"'{ca}' is not a timestamp")
            : new DateTimeOffset(serviceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var type = (Str(o, "claimType", false) ?? "professional").ToLowerInvariant() switch
        {
            "professional" => ClaimType.Professional,
            "institutional" => ClaimType.Institutional,
            var s => throw new BadInput("claimType", $"'{s}' is not professional or institutional"),
        };
        var claim = new Claim(claimId, Str(o, "encounterId", false) ?? claimId, patientId, npi, payer, Str(o, "coderId", false) ?? "",
            serviceDate, codedAt, pos, diagnoses, lines, type);
        var notes = new List<ClinicalNote>();
        if (o.TryGetProperty("note", out var note) && note.ValueKind != JsonValueKind.Null)
        {
            if (note.ValueKind != JsonValueKind.Object) throw new BadInput("note", "must be {\"text\", \"totalMinutes\"}");
            var text = Str(note, "text", false, "note.text") ?? "";
            var minutes = Int(note, "totalMinutes", "note.totalMinutes");
            notes.Add(new ClinicalNote(claimId + "-N1", claim.EncounterId, Str(note, "type", false, "note.type") ?? "progress",
                Str(note, "author", false, "note.author") ?? "", codedAt, text, minutes));
        }
        return new ClaimForReview(claim, new Patient(patientId, birth, sex), notes);
    }

    private static string? Str(JsonElement o, string name, bool required, string? field = null)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw new BadInput(field ?? name, "is required") : null;
        if (v.ValueKind != JsonValueKind.String) throw new BadInput(field ?? name, "must be a string");
        var s = v.GetString()!.Trim();
        return s.Length == 0 ? (required ? throw new BadInput(field ?? name, "is empty") : null) : s;
    }

    private static int? Int(JsonElement o, string name, string field)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : throw new BadInput(field, $"{v} is not a whole number");
    }

    private static DateOnly? Date(JsonElement o, string name, string field)
    {
        var s = Str(o, name, false, field);
        if (s is null) return null;
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new BadInput(field, $"'{s}' is not a date (yyyy-MM-dd)");
    }

    private sealed class BadInput(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
