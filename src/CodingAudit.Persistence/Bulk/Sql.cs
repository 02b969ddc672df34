using System.Data.Common;
using CodingAudit.Persistence.Conventions;
using Microsoft.Data.Sqlite;

namespace CodingAudit.Persistence.Bulk;

/// <summary>
/// Raw commands written once for both databases: "@name" parameters, ON CONFLICT and RETURNING (SQLite 3.35+ and
/// PostgreSQL share the syntax), values stored the way the EF model stores them on each provider.
/// </summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        var sqlite = connection is SqliteConnection;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = sqlite ? SqliteBulkWriter.ToSqlite(BulkType.Long, value) : ToPostgres(value);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string text,
        CancellationToken cancel, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, text, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string text,
        CancellationToken cancel, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, text, parameters);
        var value = await command.ExecuteScalarAsync(cancel);
        return value is DBNull ? null : value;
    }

    private static object ToPostgres(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => value,
    };

    /// <summary>Reads an instant stored by either provider.</summary>
    public static DateTimeOffset ReadInstant(object value) => value switch
    {
        string text => UtcTime.FromSqlite(text),
        DateTimeOffset instant => instant.ToUniversalTime(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new InvalidCastException($"not a stored instant: {value.GetType().Name}"),
    };
}
