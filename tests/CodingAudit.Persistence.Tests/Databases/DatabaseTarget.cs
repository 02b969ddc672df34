using CodingAudit.Persistence;
using CodingAudit.Testing;
using Microsoft.Data.Sqlite;

namespace CodingAudit.Persistence.Tests.Databases;

/// <summary>
/// Where a test class's database lives. The persistence test classes are abstract and take a target, and each has a
/// SQLite and a PostgreSQL subclass, so the same tests run on both providers.
/// </summary>
public abstract class DatabaseTarget : IDisposable
{
    private AuditDatabase? _database;

    /// <summary>A fixed clock the stores stamp with; tests advance it.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>A fresh, migrated database (one per test class instance, i.e. per test).</summary>
    public async Task<AuditDatabase> OpenAsync()
    {
        if (_database is not null) return _database;
        _database = new AuditDatabase(CreateOptions(), Clock);
        await _database.MigrateAsync();
        return _database;
    }

    protected abstract DatabaseOptions CreateOptions();

    public virtual void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTarget : DatabaseTarget
{
    private readonly TempFolder _folder = new("codingaudit-persist");

    public string FilePath => _folder.File("data/codingaudit.db");

    protected override DatabaseOptions CreateOptions() => DatabaseOptions.Sqlite(FilePath);

    public override void Dispose()
    {
        base.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

public sealed class PostgresTarget(PostgresFixture fixture) : DatabaseTarget
{
    protected override DatabaseOptions CreateOptions() => DatabaseOptions.Postgres(fixture.RequireOrSkip("persist"));
}

/// <summary>A clock that stands still until told to move.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
