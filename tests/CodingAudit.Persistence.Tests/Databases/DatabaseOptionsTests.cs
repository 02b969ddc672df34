namespace CodingAudit.Persistence.Tests.Databases;

public sealed class DatabaseOptionsTests
{
    private static Func<string, string?> Environment(string? provider = null, string? connection = null) => name => name switch
    {
        DatabaseOptions.ProviderVariable => provider,
        DatabaseOptions.ConnectionVariable => connection,
        _ => null,
    };

    [Fact]
    public void FromSettings_NothingSet_IsSqliteUnderTheDataFolder()
    {
        var options = DatabaseOptions.FromSettings(null, null, Environment());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal(Path.GetFullPath("data/codingaudit.db"), options.SqliteFilePath);
    }

    [Fact]
    public void FromSettings_ExplicitValues_WinOverEnvironment()
    {
        var options = DatabaseOptions.FromSettings("sqlite", "/tmp/x.db", Environment("postgres", "Host=db"));

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("/tmp/x.db", options.SqliteFilePath);
    }

    [Fact]
    public void FromSettings_PostgresFromEnvironment_UsesTheConnectionString()
    {
        var options = DatabaseOptions.FromSettings(null, null, Environment("postgres", "Host=db;Username=a;Password=secret;Database=audit"));

        Assert.Equal(DatabaseProvider.Postgres, options.Provider);
        Assert.DoesNotContain("secret", options.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_PostgresWithoutConnection_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseOptions.FromSettings("postgres", null, Environment()));
        Assert.Contains(DatabaseOptions.ConnectionVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_UnknownProvider_Throws()
    {
        Assert.Throws<ArgumentException>(() => DatabaseOptions.FromSettings("oracle", null, Environment()));
    }
}
