namespace CodingAudit.Ingest.Import;

/// <summary>
/// Reads a whole import folder in dependency order (coders, providers, payers, patients, claims with lines, notes),
/// checking cross-file references, without storing the rows: a dry run of an import.
/// </summary>
public static class ImportFolderScan
{
    /// <summary>Scans the folder; rejects and per-file counts land in <paramref name="rejects"/>.</summary>
    /// <returns>The number of claims that would be imported.</returns>
    public static long Run(string folder, ImportRejects rejects, Action<long>? claimProgress = null)
    {
        ArgumentNullException.ThrowIfNull(rejects);
        var reader = new ImportFolderReader(folder);
        var known = new ImportKnownIds
        {
            Coders = Ids(reader.ReadCoders(rejects).Select(c => c.Id)),
            Providers = Ids(reader.ReadProviders(rejects).Select(p => p.Npi)),
            Payers = Ids(reader.ReadPayers(rejects).Select(p => p.Id)),
            Patients = Ids(reader.ReadPatients(rejects).Select(p => p.Id)),
        };
        // References are only checked against files that are present: a folder may carry claims for people already loaded.
        known = new ImportKnownIds
        {
            Coders = reader.HasFile(ImportFiles.Coders) ? known.Coders : null,
            Providers = reader.HasFile(ImportFiles.Providers) ? known.Providers : null,
            Payers = reader.HasFile(ImportFiles.Payers) ? known.Payers : null,
            Patients = reader.HasFile(ImportFiles.Patients) ? known.Patients : null,
        };
        var encounters = new HashSet<string>(StringComparer.Ordinal);
        long claims = 0;
        foreach (var claim in new ImportFolderReader(folder, known).ReadClaims(rejects))
        {
            encounters.Add(claim.EncounterId);
            claims++;
            claimProgress?.Invoke(claims);
        }
        var noteKnown = new ImportKnownIds { Encounters = reader.HasFile(ImportFiles.Claims) ? encounters : null };
        foreach (var _ in new ImportFolderReader(folder, noteKnown).ReadNotes(rejects)) { }
        return claims;
    }

    private static HashSet<string> Ids(IEnumerable<string> ids) => new(ids, StringComparer.Ordinal);
}
