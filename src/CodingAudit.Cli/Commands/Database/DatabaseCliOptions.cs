using System.CommandLine;
using System.Data.Common;
using CodingAudit.Persistence;

namespace CodingAudit.Cli.Commands.Database;

/// <summary>
/// The --provider and --connection options every database-using command shares, and how they resolve: option, then
/// CODINGAUDIT_DB_PROVIDER / CODINGAUDIT_DB, then SQLite at ./data/codingaudit.db (docs/configuration.md).
/// </summary>
/// <example><code>
/// var database = new DatabaseCliOptions();
/// database.AddTo(command);
/// command.SetHandler(async (parse, cancel) => { await using var db = await database.OpenAsync(parse, cancel); ... });
/// </code></example>
internal sealed class DatabaseCliOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = $"Database: sqlite (default) or postgres. Default from ${DatabaseOptions.ProviderVariable}.",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"SQLite file or connection string, or PostgreSQL connection string. Default from ${DatabaseOptions.ConnectionVariable}, else {DatabaseOptions.DefaultSqlitePath}.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public DatabaseOptions Resolve(ParseResult parse)
    {
        try
        {
            return DatabaseOptions.FromSettings(parse.GetValue(Provider), parse.GetValue(Connection));
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>Opens the configured database and, unless told not to, applies pending migrations first.</summary>
    public async Task<AuditDatabase> OpenAsync(ParseResult parse, CancellationToken cancel, bool migrate = true)
    {
        var options = Resolve(parse);
        var database = new AuditDatabase(options);
        if (!migrate) return database;
        try
        {
            await database.MigrateAsync(cancel);
            return database;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException)
        {
            await database.DisposeAsync();
            throw new UserErrorException($"cannot open the database {options.Describe()}: {e.Message}", e);
        }
    }
}
