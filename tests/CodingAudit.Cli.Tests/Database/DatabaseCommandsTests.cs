using CodingAudit.Domain.Claims;
using CodingAudit.Persistence;
using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Database;

public sealed class DatabaseCommandsTests
{
    // The database variables are cleared (empty counts as unset), so the defaults are what is tested.
    private static readonly Dictionary<string, string> WithoutDatabaseVariables = new()
    {
        [DatabaseOptions.ProviderVariable] = "",
        [DatabaseOptions.ConnectionVariable] = "",
    };

    private static CliProcess.Result Run(string workingDirectory, params string[] arguments) =>
        CliProcess.Run(arguments, WithoutDatabaseVariables, workingDirectory, TimeSpan.FromMinutes(2));

    [Fact]
    public void Migrate_InEmptyFolder_CreatesTheDefaultSqliteFileAndIsIdempotent()
    {
        using var folder = new TempFolder("codingaudit-cli");

        var first = Run(folder.Path, "database", "migrate");
        var second = Run(folder.Path, "database", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(folder.File("data/codingaudit.db")));
        Assert.Contains("applied 1 migration", first.Output, StringComparison.Ordinal);
        Assert.Contains("schema is up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_PrintsCountsPerMonthCoderAndPayer()
    {
        using var folder = new TempFolder("codingaudit-cli");
        var file = folder.File("audit.db");
        await using (var database = new AuditDatabase(DatabaseOptions.Sqlite(file)))
        {
            await database.MigrateAsync();
            await database.Importer.ImportCodersAsync([new Coder("C7", "Casey Seven")]);
            await database.Importer.ImportProvidersAsync([new Provider("1234567893", "Dr Test", "Cardiology")]);
            await database.Importer.ImportPayersAsync([new Payer("MCR", "Medicare", "medicare")]);
            await database.Importer.ImportPatientsAsync([new Patient("P1", new DateOnly(1960, 5, 5), Sex.Female)]);
            await database.Importer.ImportClaimsAsync(Enumerable.Range(1, 3).Select(i => new Claim($"K{i}", $"E{i}", "P1",
                "1234567893", "MCR", "C7", new DateOnly(2026, i, 10), DateTimeOffset.UnixEpoch, "11", ["I10"],
                [new ClaimLine(1, "99213", [], 1, 100m, [1])])));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var result = Run(folder.Path, "summary", "--connection", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 claims, 3 lines", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"2026-03\s+1\s+100\.00", result.Output);
        Assert.Matches(@"C7\s+Casey Seven\s+3\s+300\.00", result.Output);
        Assert.Matches(@"MCR\s+Medicare\s+3\s+300\.00", result.Output);
    }

    [Fact]
    public void Migrate_PostgresWithoutConnection_IsOneErrorLineAndExitCode2()
    {
        using var folder = new TempFolder("codingaudit-cli");

        var result = Run(folder.Path, "database", "migrate", "--provider", "postgres");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: PostgreSQL needs a connection string", line, StringComparison.Ordinal);
    }
}
