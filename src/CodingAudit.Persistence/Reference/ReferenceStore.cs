using System.Runtime.CompilerServices;
using CodingAudit.Persistence.Bulk;
using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Reference;

/// <summary>
/// Versioned reference data: each load of a table's file is a release with effective dates; the same file (same
/// SHA-256) loaded again changes nothing, a different one adds a version and keeps history.
/// </summary>
public sealed class ReferenceStore(AuditDatabase database)
{
    private const int RowBatch = 10_000;

    private static readonly BulkTable<(long ReleaseId, int RowNumber, ReferenceRowData Row)> Rows = new("reference_rows",
        new("release_id", BulkType.Long, r => r.ReleaseId),
        new("row_number", BulkType.Int, r => r.RowNumber),
        new("key", BulkType.Text, r => r.Row.Key),
        new("data", BulkType.Text, r => r.Row.Json));

    /// <summary>
    /// Records a release and its rows in one transaction, or returns the existing release when this table already
    /// has one with the same <paramref name="sha256"/> (then <paramref name="rows"/> is not read).
    /// </summary>
    public async Task<ReleaseLoad> RecordReleaseAsync(string tableName, string version, DateOnly effectiveFrom,
        DateOnly? effectiveTo, string sourceFile, string sha256, IEnumerable<ReferenceRowData> rows,
        CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (effectiveTo < effectiveFrom)
            throw new ArgumentException($"effective-to {effectiveTo} is before effective-from {effectiveFrom}", nameof(effectiveTo));
        sha256 = sha256.ToLowerInvariant();
        var existing = await FindAsync(tableName, sha256, cancel);
        if (existing is not null) return new ReleaseLoad(existing, false);

        await using (var writer = await BulkWriter.OpenAsync(database, cancel))
        {
            await writer.BeginBatchAsync(cancel);
            var id = await Sql.ScalarAsync(writer.Connection, writer.Transaction,
                "INSERT INTO reference_releases (table_name, version, effective_from, effective_to, source_file, sha256, row_count, loaded_at) " +
                "VALUES (@table, @version, @from, @to, @file, @sha, 0, @now) ON CONFLICT DO NOTHING RETURNING id",
                cancel, ("@table", tableName), ("@version", version), ("@from", effectiveFrom), ("@to", effectiveTo),
                ("@file", sourceFile), ("@sha", sha256), ("@now", database.Time.GetUtcNow()));
            if (id is null)
            {
                // Another process loaded the same file between our check and our insert.
                var raced = await FindAsync(tableName, sha256, cancel);
                return new ReleaseLoad(raced!, false);
            }
            var releaseId = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
            var count = 0;
            foreach (var chunk in rows.Select(r => (releaseId, ++count, r)).Chunk(RowBatch))
                await writer.InsertIfAbsentAsync(Rows, chunk, cancel);
            await Sql.ExecuteAsync(writer.Connection, writer.Transaction,
                "UPDATE reference_releases SET row_count = @count WHERE id = @id", cancel, ("@count", count), ("@id", releaseId));
            await writer.CommitBatchAsync(cancel);
        }
        return new ReleaseLoad((await FindAsync(tableName, sha256, cancel))!, true);
    }

    /// <summary>Releases ordered by table, then effective-from, then load order.</summary>
    public async Task<IReadOnlyList<ReferenceRelease>> ListReleasesAsync(string? tableName = null, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var query = context.ReferenceReleases.AsNoTracking();
        if (tableName is not null) query = query.Where(r => r.TableName == tableName);
        var rows = await query.OrderBy(r => r.TableName).ThenBy(r => r.EffectiveFrom).ThenBy(r => r.Id).ToListAsync(cancel);
        return rows.Select(ReferenceRelease.From).ToList();
    }

    /// <summary>A release's rows in row-number order, streamed.</summary>
    public async IAsyncEnumerable<ReferenceRowData> StreamRowsAsync(long releaseId, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = context.ReferenceRows.AsNoTracking().Where(r => r.ReleaseId == releaseId).OrderBy(r => r.RowNumber)
            .Select(r => new ReferenceRowData(r.Key, r.Data)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancel)) yield return row;
    }

    private async Task<ReferenceRelease?> FindAsync(string tableName, string sha256, CancellationToken cancel)
    {
        await using var context = database.CreateContext();
        var row = await context.ReferenceReleases.AsNoTracking()
            .FirstOrDefaultAsync(r => r.TableName == tableName && r.Sha256 == sha256, cancel);
        return row is null ? null : ReferenceRelease.From(row);
    }
}
