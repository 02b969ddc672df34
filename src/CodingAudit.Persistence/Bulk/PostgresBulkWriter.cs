using Npgsql;
using NpgsqlTypes;

namespace CodingAudit.Persistence.Bulk;

/// <summary>
/// Binary COPY into a temporary staging table, then INSERT ... SELECT ... ON CONFLICT DO NOTHING into the real one:
/// COPY alone cannot skip rows that already exist, and row-by-row INSERTs are an order of magnitude slower.
/// </summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : BulkWriter
{
    private readonly HashSet<string> _staged = new(StringComparer.Ordinal);
    private NpgsqlTransaction? _transaction;

    public override System.Data.Common.DbConnection Connection => connection;
    public override System.Data.Common.DbTransaction? Transaction => _transaction;

    public override async Task BeginBatchAsync(CancellationToken cancel) =>
        _transaction = await connection.BeginTransactionAsync(cancel);

    public override async Task AnalyzeAsync(IEnumerable<string> tables, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("ANALYZE " + string.Join(", ", tables), connection);
        await command.ExecuteNonQueryAsync(cancel);
    }

    public override async Task<int> InsertIfAbsentAsync<T>(BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken cancel)
    {
        if (rows.Count == 0) return 0;
        var stage = await StageFor(table, cancel);
        var columns = table.Columns;
        await using (var importer = await connection.BeginBinaryImportAsync(
                         $"COPY {stage} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancel))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancel);
                foreach (var column in columns)
                {
                    var value = column.Value(row);
                    if (value is null) await importer.WriteNullAsync(cancel);
                    else await importer.WriteAsync(ToPostgres(value), TypeOf(column.Type), cancel);
                }
            }
            await importer.CompleteAsync(cancel);
        }
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {table.Name} ({table.ColumnList}) SELECT {table.ColumnList} FROM {stage} ON CONFLICT DO NOTHING; TRUNCATE {stage};",
            connection, _transaction);
        return await insert.ExecuteNonQueryAsync(cancel);
    }

    public override async Task CommitBatchAsync(CancellationToken cancel)
    {
        if (_transaction is null) return;
        await _transaction.CommitAsync(cancel);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task<string> StageFor<T>(BulkTable<T> table, CancellationToken cancel)
    {
        var stage = "stage_" + table.Name;
        if (_staged.Add(table.Name))
        {
            // CREATE TABLE AS copies the column types but not NOT NULL or identity, so generated keys can be left out.
            await using var create = new NpgsqlCommand(
                $"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {table.ColumnList} FROM {table.Name} WITH NO DATA; TRUNCATE {stage};",
                connection, _transaction);
            await create.ExecuteNonQueryAsync(cancel);
        }
        return stage;
    }

    private static object ToPostgres(object value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => value,
    };

    private static NpgsqlDbType TypeOf(BulkType type) => type switch
    {
        BulkType.Text => NpgsqlDbType.Varchar,
        BulkType.Int => NpgsqlDbType.Integer,
        BulkType.Long => NpgsqlDbType.Bigint,
        BulkType.Date => NpgsqlDbType.Date,
        BulkType.Instant => NpgsqlDbType.TimestampTz,
        BulkType.Money => NpgsqlDbType.Numeric,
        BulkType.Bool => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
