using CodingAudit.Domain.Claims;
using CodingAudit.Persistence.Bulk;

namespace CodingAudit.Persistence.Claims;

/// <summary>
/// Idempotent bulk loading of claims and everything they refer to: each record is inserted only if its key is not
/// there yet, so importing the same files twice changes nothing and the second import reports 0 inserted.
/// </summary>
/// <remarks>
/// Load in dependency order: coders, providers, payers, patients, then claims (claims reference patients and
/// providers), then notes. Items are consumed as a stream in batches of <see cref="BatchSize"/>; each batch is one
/// transaction. A claim that is already present keeps its stored lines and diagnoses. Tables that received rows get
/// fresh planner statistics at the end (PostgreSQL).
/// </remarks>
public sealed class ClaimImporter(AuditDatabase database)
{
    public const int BatchSize = 5_000;

    public Task<ImportCounts> ImportCodersAsync(IEnumerable<Coder> coders, CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, ClaimTables.Coders, coders, BatchSize, cancel);

    public Task<ImportCounts> ImportProvidersAsync(IEnumerable<Provider> providers, CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, ClaimTables.Providers, providers, BatchSize, cancel);

    public Task<ImportCounts> ImportPayersAsync(IEnumerable<Payer> payers, CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, ClaimTables.Payers, payers, BatchSize, cancel);

    public Task<ImportCounts> ImportPatientsAsync(IEnumerable<Patient> patients, IProgress<long>? progress = null,
        CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, ClaimTables.Patients, patients, BatchSize, cancel, progress, analyze: true);

    public Task<ImportCounts> ImportNotesAsync(IEnumerable<ClinicalNote> notes, IProgress<long>? progress = null,
        CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, ClaimTables.Notes, notes, BatchSize, cancel, progress, analyze: true);

    /// <summary>Loads claims with their lines and diagnoses; counts are of claims. <c>progress</c> receives the
    /// number of claims read so far after each batch.</summary>
    public async Task<ImportCounts> ImportClaimsAsync(IEnumerable<Claim> claims, IProgress<long>? progress = null,
        CancellationToken cancel = default)
    {
        await using var writer = await BulkWriter.OpenAsync(database, cancel);
        var counts = ImportCounts.Zero;
        var lines = new List<(string, ClaimLine)>(BatchSize * 4);
        var diagnoses = new List<(string, int, string)>(BatchSize * 4);
        foreach (var batch in claims.Chunk(BatchSize))
        {
            cancel.ThrowIfCancellationRequested();
            lines.Clear();
            diagnoses.Clear();
            foreach (var claim in batch)
            {
                foreach (var line in claim.Lines) lines.Add((claim.Id, line));
                for (var i = 0; i < claim.Diagnoses.Count; i++) diagnoses.Add((claim.Id, i + 1, claim.Diagnoses[i]));
            }
            await writer.BeginBatchAsync(cancel);
            var inserted = await writer.InsertIfAbsentAsync(ClaimTables.Claims, batch, cancel);
            // Lines and diagnoses are keyed by (claim, number), so those of a claim already present are skipped too.
            await writer.InsertIfAbsentAsync(ClaimTables.Lines, lines, cancel);
            await writer.InsertIfAbsentAsync(ClaimTables.Diagnoses, diagnoses, cancel);
            await writer.CommitBatchAsync(cancel);
            counts = counts.Add(batch.Length, inserted);
            progress?.Report(counts.Read);
        }
        if (counts.Inserted > 0)
            await writer.AnalyzeAsync([ClaimTables.Claims.Name, ClaimTables.Lines.Name, ClaimTables.Diagnoses.Name], cancel);
        return counts;
    }
}
