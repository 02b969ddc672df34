using CodingAudit.Testing;
using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Tests.Databases;

public abstract class MigrationTests(DatabaseTarget target) : IDisposable
{
    [SkippableFact]
    public async Task Migrate_NewDatabase_AppliesEveryMigrationAndCreatesSnakeCaseTables()
    {
        var database = await target.OpenAsync();

        Assert.Empty(await database.PendingMigrationsAsync());
        await using var context = database.CreateContext();
        Assert.Empty(await context.Claims.ToListAsync());
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
        Assert.Contains("claim_lines", tables);
        Assert.Contains("audit_runs", tables);
        Assert.Contains("reference_rows", tables);
    }

    [SkippableFact]
    public async Task Migrate_Twice_IsANoOp()
    {
        var database = await target.OpenAsync();

        await database.MigrateAsync();

        Assert.Empty(await database.PendingMigrationsAsync());
    }

    public void Dispose()
    {
        target.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class MigrationTestsOnSqlite() : MigrationTests(new SqliteTarget());

[Collection(PostgresCollection.Name)]
public sealed class MigrationTestsOnPostgres(PostgresFixture fixture) : MigrationTests(new PostgresTarget(fixture));
