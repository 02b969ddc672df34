using CodingAudit.Ingest.Import;

namespace CodingAudit.Persistence.Import;

/// <summary>What one import did: per file, rows read, landed (new or already there) and rejected.</summary>
public sealed record FolderImportResult(IReadOnlyList<FolderImportFile> Files, ImportRejects Rejects)
{
    /// <summary>True when every row read either landed or was rejected (the import's invariant).</summary>
    public bool Balanced => Files.All(f => f.Read == f.Inserted + f.AlreadyPresent + f.Rejected);
}

/// <param name="File">The import file name.</param>
/// <param name="Read">Data rows read.</param>
/// <param name="Inserted">Rows new to the database.</param>
/// <param name="AlreadyPresent">Valid rows whose key was already there (a repeated import changes nothing).</param>
/// <param name="Rejected">Rows rejected with a reason in the rejects report.</param>
public sealed record FolderImportFile(string File, long Read, long Inserted, long AlreadyPresent, long Rejected);

/// <summary>
/// Loads an import folder (docs/import-format.md) into the audit database: coders, providers, payers, patients, claims
/// with lines and diagnoses, then notes. References are checked against the folder and what is already stored, so a
/// folder may carry claims for coders or patients loaded earlier. Bad rows are rejected with file, line and reason;
/// valid rows land; importing the same folder again inserts nothing.
/// </summary>
public sealed class FolderImport(AuditDatabase database)
{
    public async Task<FolderImportResult> RunAsync(string folder, IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var rejects = new ImportRejects();
        var reader = new ImportFolderReader(folder);
        var importer = database.Importer;
        var counts = new Dictionary<string, ImportCounts>(StringComparer.Ordinal);
        var stored = await database.Claims.GetKnownIdsAsync(cancel);

        var coders = new HashSet<string>(stored.Coders, StringComparer.Ordinal);
        counts[ImportFiles.Coders] = await importer.ImportCodersAsync(reader.ReadCoders(rejects).Select(c => { coders.Add(c.Id); return c; }), cancel);
        var providers = new HashSet<string>(stored.Providers, StringComparer.Ordinal);
        counts[ImportFiles.Providers] = await importer.ImportProvidersAsync(reader.ReadProviders(rejects).Select(p => { providers.Add(p.Npi); return p; }), cancel);
        var payers = new HashSet<string>(stored.Payers, StringComparer.Ordinal);
        counts[ImportFiles.Payers] = await importer.ImportPayersAsync(reader.ReadPayers(rejects).Select(p => { payers.Add(p.Id); return p; }), cancel);
        var patients = new HashSet<string>(stored.Patients, StringComparer.Ordinal);
        counts[ImportFiles.Patients] = await importer.ImportPatientsAsync(reader.ReadPatients(rejects).Select(p => { patients.Add(p.Id); return p; }), cancel: cancel);
        progress?.Report($"organisation and {patients.Count:N0} patients loaded");

        var encounters = new HashSet<string>(stored.Encounters, StringComparer.Ordinal);
        var known = new ImportKnownIds { Coders = coders, Providers = providers, Payers = payers, Patients = patients };
        var claimProgress = new Progress<long>(n => progress?.Report($"{n:N0} claims"));
        counts[ImportFiles.Claims] = await importer.ImportClaimsAsync(
            new ImportFolderReader(folder, known).ReadClaims(rejects).Select(c => { encounters.Add(c.EncounterId); return c; }),
            claimProgress, cancel);
        var noteProgress = new Progress<long>(n => progress?.Report($"{n:N0} notes"));
        counts[ImportFiles.Notes] = await importer.ImportNotesAsync(
            new ImportFolderReader(folder, new ImportKnownIds { Encounters = encounters }).ReadNotes(rejects), noteProgress, cancel);

        var claims = counts[ImportFiles.Claims];
        var files = rejects.Files.Select(f =>
        {
            if (counts.TryGetValue(f.File, out var c)) return new FolderImportFile(f.File, f.Read, c.Inserted, c.AlreadyPresent, f.Rejected);
            // Lines (and diagnoses) land with their claim: new when the claims were new, present when they were there.
            var landed = f.Read - f.Rejected;
            var inserted = claims.Read == 0 ? 0 : (long)Math.Round(landed * (double)claims.Inserted / claims.Read);
            return new FolderImportFile(f.File, f.Read, inserted, landed - inserted, f.Rejected);
        }).ToList();
        return new FolderImportResult(files, rejects);
    }
}
