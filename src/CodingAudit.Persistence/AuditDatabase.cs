using System.Data.Common;
using CodingAudit.Persistence.Audits;
using CodingAudit.Persistence.Claims;
using CodingAudit.Persistence.Reference;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CodingAudit.Persistence;

/// <summary>
/// The entry point to storage: creates EF contexts and raw connections for the configured provider, applies
/// migrations, and hands out the stores. Thread-safe; create one per process and share it.
/// </summary>
public sealed class AuditDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource? _dataSource;
    private readonly string _sqliteConnection = "";

    public AuditDatabase(DatabaseOptions options, TimeProvider? time = null)
    {
        Options = options;
        Time = time ?? TimeProvider.System;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        }
        else
        {
            // Foreign keys on for raw connections too (EF turns them on for its own).
            _sqliteConnection = new SqliteConnectionStringBuilder(options.ConnectionString) { ForeignKeys = true }.ToString();
        }
    }

    public DatabaseOptions Options { get; }
    public DatabaseProvider Provider => Options.Provider;
    public TimeProvider Time { get; }

    public ClaimStore Claims => new(this);
    public ClaimImporter Importer => new(this);
    public ReferenceStore Reference => new(this);
    public PlanStore Plans => new(this);
    public RunStore Runs => new(this);

    /// <summary>A new EF context of the provider's subclass. The caller disposes it.</summary>
    public AuditDbContext CreateContext()
    {
        if (_dataSource is not null)
        {
            var builder = new DbContextOptionsBuilder<PostgresAuditDbContext>().UseNpgsql(_dataSource);
            return new PostgresAuditDbContext(builder.Options);
        }
        EnsureSqliteFolder();
        var sqlite = new DbContextOptionsBuilder<SqliteAuditDbContext>().UseSqlite(_sqliteConnection);
        return new SqliteAuditDbContext(sqlite.Options);
    }

    /// <summary>An open raw connection, for bulk loading and the run primitives. The caller disposes it.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancel = default)
    {
        if (_dataSource is not null) return await _dataSource.OpenConnectionAsync(cancel);
        EnsureSqliteFolder();
        var connection = new SqliteConnection(_sqliteConnection);
        await connection.OpenAsync(cancel);
        return connection;
    }

    /// <summary>Creates the database if needed and applies every pending migration. Safe to call on every start.</summary>
    public async Task MigrateAsync(CancellationToken cancel = default)
    {
        await using (var context = CreateContext())
        {
            await context.Database.MigrateAsync(cancel);
        }
        if (Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the summary and the workers read while an import or a stage writes; it persists in the file.
            await using var connection = await OpenConnectionAsync(cancel);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancel);
        }
    }

    /// <summary>The migrations not yet applied (all of them on a new database).</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancel = default)
    {
        await using var context = CreateContext();
        return (await context.Database.GetPendingMigrationsAsync(cancel)).ToList();
    }

    public void Dispose() => _dataSource?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null) await _dataSource.DisposeAsync();
    }

    private void EnsureSqliteFolder()
    {
        var file = Options.SqliteFilePath;
        var folder = file is null ? null : Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
