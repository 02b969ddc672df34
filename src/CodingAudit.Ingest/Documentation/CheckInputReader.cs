using System.Globalization;
using System.Text.Json;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Ingest.Documentation;

/// <summary>A claim read from a check-input JSON Lines file, or the reason its line was rejected.</summary>
public sealed record CheckInputLine(int Line, ClaimForReview? Claim, string? Error);

/// <summary>
/// Reads the check-input JSON Lines shape (issue 3): one claim per line with patient, lines and an optional note.
/// A malformed line is returned with its line number and reason; the rest are still read.
/// </summary>
/// <remarks>Optional extras: "claimType" ("professional" or "institutional"), "coderId", "encounterId".</remarks>
public static class CheckInputReader
{
    public static IEnumerable<CheckInputLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            CheckInputLine result;
            try
            {
                using var json = JsonDocument.Parse(text);
                result = new CheckInputLine(number, Parse(json.RootElement), null);
            }
            catch (JsonException e)
            {
                result = new CheckInputLine(number, null, $"line {number}: not valid JSON ({e.Message})");
            }
            catch (InputFieldException e)
            {
                result = new CheckInputLine(number, null, $"line {number}: field '{e.Field}': {e.Message}");
            }
            catch (ArgumentException e)
            {
                result = new CheckInputLine(number, null, $"line {number}: {e.Message}");
            }
            yield return result;
        }
    }

    public static IEnumerable<CheckInputLine> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var line in Read(reader)) yield return line;
    }

    private sealed class InputFieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }

    private static ClaimForReview Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new InputFieldException("(line)", "expected a JSON object");
        var claimId = String(root, "claimId");
        var patientEl = Property(root, "patient", JsonValueKind.Object);
        var patient = new Patient(String(patientEl, "id", "patient.id"), Date(patientEl, "birthDate", "patient.birthDate"),
            SexOf(OptionalString(patientEl, "sex") ?? ""));
        var serviceDate = Date(root, "serviceDate");
        var diagnoses = Property(root, "diagnoses", JsonValueKind.Array).EnumerateArray()
            .Select((d, i) => d.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(d.GetString())
                ? d.GetString()! : throw new InputFieldException($"diagnoses[{i}]", "must be a code string")).ToArray();
        var lines = new List<ClaimLine>();
        var i = 0;
        foreach (var l in Property(root, "lines", JsonValueKind.Array).EnumerateArray())
        {
            i++;
            var name = $"lines[{i - 1}]";
            if (l.ValueKind != JsonValueKind.Object) throw new InputFieldException(name, "must be an object");
            var modifiers = l.TryGetProperty("modifiers", out var m) && m.ValueKind == JsonValueKind.Array
                ? m.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray() : [];
            var units = l.TryGetProperty("units", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetInt32() : 1;
            var pointers = l.TryGetProperty("diagnosisPointers", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(x => x.GetInt32()).ToArray() : [];
            var charge = l.TryGetProperty("charge", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDecimal() : 0m;
            try
            {
                lines.Add(new ClaimLine(i, String(l, "code", name + ".code"), modifiers, units, charge, pointers));
            }
            catch (ArgumentException e)
            {
                throw new InputFieldException(name, e.Message);
            }
        }
        var type = (OptionalString(root, "claimType") ?? "professional").ToLowerInvariant() switch
        {
            "professional" => ClaimType.Professional,
            "institutional" => ClaimType.Institutional,
            var other => throw new InputFieldException("claimType", $"must be professional or institutional, not '{other}'"),
        };
        var codedAt = new DateTimeOffset(serviceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var claim = new Claim(claimId, OptionalString(root, "encounterId") ?? claimId, patient.Id, String(root, "providerNpi"),
            OptionalString(root, "payerId") ?? "", OptionalString(root, "coderId") ?? "", serviceDate, codedAt,
            OptionalString(root, "placeOfService") ?? "", diagnoses, lines, type);
        var notes = new List<ClinicalNote>();
        if (root.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.Object)
        {
            var text = OptionalString(note, "text") ?? "";
            int? minutes = note.TryGetProperty("totalMinutes", out var tm) && tm.ValueKind == JsonValueKind.Number ? tm.GetInt32() : null;
            notes.Add(new ClinicalNote(claimId + "-note", claim.EncounterId, "progress", "", codedAt, text, minutes));
        }
        return new ClaimForReview(claim, patient, notes);
    }

    private static JsonElement Property(JsonElement obj, string name, JsonValueKind kind)
    {
        if (!obj.TryGetProperty(name, out var v)) throw new InputFieldException(name, "is missing");
        if (v.ValueKind != kind) throw new InputFieldException(name, $"must be a JSON {kind.ToString().ToLowerInvariant()}");
        return v;
    }

    private static string String(JsonElement obj, string name, string? label = null)
    {
        var v = OptionalString(obj, name);
        if (string.IsNullOrWhiteSpace(v)) throw new InputFieldException(label ?? name, "is missing or empty");
        return v;
    }

    private static string? OptionalString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly Date(JsonElement obj, string name, string? label = null)
    {
        var s = String(obj, name, label);
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new InputFieldException(label ?? name, $"'{s}' is not a yyyy-MM-dd date");
    }

    private static Sex SexOf(string s) => s.Trim().ToUpperInvariant() switch
    {
        "M" or "MALE" => Sex.Male,
        "F" or "FEMALE" => Sex.Female,
        _ => Sex.Unknown,
    };
}
