using System.Reflection;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Cli.Commands.Check;

/// <summary>
/// Reads claims from an import folder (docs/import-format.md) through CodingAudit.Ingest.Import.ImportFolderReader when
/// that reader is part of the build; until then says so. Kept in one place so wiring the reader is a small change.
/// </summary>
internal static class FolderInput
{
    private const string ReaderType = "CodingAudit.Ingest.Import.ImportFolderReader";
    private const string RejectsType = "CodingAudit.Ingest.Import.ImportRejects";

    public static List<ClaimForReview> Read(string folder, List<string> errors)
    {
        var ingest = typeof(Ingest.CheckInput.CheckInputReader).Assembly;
        var readerType = ingest.GetType(ReaderType);
        var rejectsType = ingest.GetType(RejectsType);
        if (readerType is null || rejectsType is null)
        {
            var jsonl = Path.Combine(folder, "claims.jsonl");
            throw new UserErrorException("import folders are read once the import format lands" +
                (File.Exists(jsonl) ? $"; this folder has a JSON Lines file: codingaudit check {jsonl}" : "; pass a JSON Lines file instead"));
        }
        // Reflection keeps this project building before the import reader is merged; replace with direct calls then.
        var reader = Activator.CreateInstance(readerType, folder, null)!;
        var rejects = Activator.CreateInstance(rejectsType, 100_000)!;
        IEnumerable<T> Call<T>(string method) => (IEnumerable<T>)readerType.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.Invoke(reader, [rejects])!;
        var patients = Call<Patient>("ReadPatients").ToDictionary(p => p.Id, StringComparer.Ordinal);
        var notes = Call<ClinicalNote>("ReadNotes").GroupBy(n => n.EncounterId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ClinicalNote>)g.ToArray(), StringComparer.Ordinal);
        var claims = new List<ClaimForReview>();
        foreach (var claim in Call<Claim>("ReadClaims"))
        {
            if (!patients.TryGetValue(claim.PatientId, out var patient))
            {
                errors.Add($"claim {claim.Id}: patient '{claim.PatientId}' is not in patients.csv");
                continue;
            }
            claims.Add(new ClaimForReview(claim, patient, notes.GetValueOrDefault(claim.EncounterId) ?? []));
        }
        if (rejectsType.GetProperty("Items")?.GetValue(rejects) is System.Collections.IEnumerable items)
        {
            foreach (var r in items) errors.Add(r?.ToString() ?? "");
        }
        return claims;
    }
}
