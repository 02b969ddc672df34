namespace CodingAudit.Persistence;

/// <summary>Which database to use and how to reach it.</summary>
/// <remarks>
/// Defaults: SQLite at <c>./data/codingaudit.db</c>. <see cref="FromSettings"/> reads, in order, the explicit values
/// (CLI options), then the environment (<see cref="ProviderVariable"/>, <see cref="ConnectionVariable"/>), then the
/// defaults. For SQLite the connection may be a plain file path or a full connection string ("Data Source=...").
/// </remarks>
public sealed record DatabaseOptions
{
    public const string ProviderVariable = "CODINGAUDIT_DB_PROVIDER";
    public const string ConnectionVariable = "CODINGAUDIT_DB";
    public const string DefaultSqlitePath = "data/codingaudit.db";

    public DatabaseOptions(DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.Sqlite ? NormaliseSqlite(connectionString) : connectionString;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>SQLite in the given file (created with its folder on first use).</summary>
    public static DatabaseOptions Sqlite(string path) => new(DatabaseProvider.Sqlite, path);

    public static DatabaseOptions Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>Resolves options from explicit values, then environment variables, then defaults.</summary>
    /// <exception cref="ArgumentException">Unknown provider name, or PostgreSQL without a connection string.</exception>
    public static DatabaseOptions FromSettings(string? provider, string? connection,
        Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var providerName = FirstNonEmpty(provider, environment(ProviderVariable)) ?? "sqlite";
        var parsed = ParseProvider(providerName);
        var connectionString = FirstNonEmpty(connection, environment(ConnectionVariable));
        if (parsed == DatabaseProvider.Postgres && connectionString is null)
            throw new ArgumentException(
                $"PostgreSQL needs a connection string: pass --connection or set {ConnectionVariable} (e.g. \"Host=localhost;Username=audit;Password=...;Database=codingaudit\")");
        return new DatabaseOptions(parsed, connectionString ?? DefaultSqlitePath);
    }

    public static DatabaseProvider ParseProvider(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"unknown database provider '{name}': use sqlite or postgres"),
    };

    /// <summary>A description without secrets, for log lines.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"sqlite ({SqliteFilePath})"
        : $"postgres ({RedactPassword(ConnectionString)})";

    /// <summary>The SQLite file, or null for PostgreSQL or an in-memory SQLite database.</summary>
    public string? SqliteFilePath
    {
        get
        {
            if (Provider != DatabaseProvider.Sqlite) return null;
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
            return builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
        }
    }

    private static string NormaliseSqlite(string connection) =>
        connection.Contains('=', StringComparison.Ordinal)
            ? connection
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = connection }.ToString();

    private static string RedactPassword(string connection)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        foreach (var key in new[] { "Password", "Pwd" })
            if (builder.ContainsKey(key)) builder[key] = "***";
        return builder.ConnectionString;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
