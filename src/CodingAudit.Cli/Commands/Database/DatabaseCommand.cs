using System.CommandLine;
using System.Data.Common;
using CodingAudit.Persistence;

namespace CodingAudit.Cli.Commands.Database;

/// <summary><c>codingaudit database migrate</c>: creates or upgrades the schema.</summary>
internal sealed class DatabaseCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("database", "Manage the CodingAudit database (SQLite by default, or PostgreSQL).");
        command.Subcommands.Add(CreateMigrate());
        return command;
    }

    private static Command CreateMigrate()
    {
        var database = new DatabaseCliOptions();
        var migrate = new Command("migrate", "Create the database if needed and apply every pending schema migration.");
        database.AddTo(migrate);
        migrate.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel, migrate: false);
            IReadOnlyList<string> pending;
            try
            {
                pending = await db.PendingMigrationsAsync(cancel);
                await db.MigrateAsync(cancel);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                throw new UserErrorException($"cannot migrate {db.Options.Describe()}: {e.Message}", e);
            }
            Console.WriteLine($"database: {db.Options.Describe()}");
            Console.WriteLine(pending.Count == 0
                ? "schema is up to date"
                : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return migrate;
    }
}
