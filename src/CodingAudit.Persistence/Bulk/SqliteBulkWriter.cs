using CodingAudit.Persistence.Conventions;
using Microsoft.Data.Sqlite;

namespace CodingAudit.Persistence.Bulk;

/// <summary>One prepared INSERT ... ON CONFLICT DO NOTHING per table, re-bound for each row, one transaction per batch.</summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteBulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        using var pragma = connection.CreateCommand();
        // Synchronous=NORMAL is durable in WAL mode except for the last transactions on power loss, which a re-run
        // of an idempotent import restores.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
        pragma.ExecuteNonQuery();
    }

    public override System.Data.Common.DbConnection Connection => _connection;
    public override System.Data.Common.DbTransaction? Transaction => _transaction;

    public override Task BeginBatchAsync(CancellationToken cancel)
    {
        _transaction = _connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
        return Task.CompletedTask;
    }

    public override Task<int> InsertIfAbsentAsync<T>(BulkTable<T> table, IReadOnlyList<T> rows, CancellationToken cancel)
    {
        var command = CommandFor(table);
        var parameters = command.Parameters;
        var columns = table.Columns;
        var inserted = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ToSqlite(columns[i].Type, columns[i].Value(row));
            inserted += command.ExecuteNonQuery();
        }
        return Task.FromResult(inserted);
    }

    public override Task CommitBatchAsync(CancellationToken cancel)
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        foreach (var command in _commands.Values) await command.DisposeAsync();
        await _connection.DisposeAsync();
    }

    internal static object ToSqlite(BulkType type, object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset instant => UtcTime.ToSqlite(instant),
        decimal money => (double)money,
        bool flag => flag ? 1L : 0L,
        _ when type == BulkType.Text => value.ToString() ?? "",
        _ => value,
    };

    private SqliteCommand CommandFor<T>(BulkTable<T> table)
    {
        if (_commands.TryGetValue(table.Name, out var existing)) return existing;
        var command = _connection.CreateCommand();
        var names = table.Columns.Select((_, i) => "$p" + i).ToArray();
        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", names)}) ON CONFLICT DO NOTHING";
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Transaction = _transaction;
        command.Prepare();
        _commands[table.Name] = command;
        return command;
    }
}
