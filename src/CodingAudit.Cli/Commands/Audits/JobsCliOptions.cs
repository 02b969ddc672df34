using System.CommandLine;
using CodingAudit.Jobs.Hosting;
using CodingAudit.Persistence;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary>The --jobs and --reports options shared by the commands that run or enqueue audits.</summary>
internal sealed class JobsCliOptions
{
    public Option<string?> Jobs { get; } = new("--jobs")
    {
        Description = "Hangfire storage: 'memory' (in this process only) or a PostgreSQL connection string. Default from $CODINGAUDIT_JOBS; else the database's PostgreSQL connection when it is PostgreSQL, otherwise memory.",
    };

    public Option<string> Reports { get; } = new("--reports")
    {
        Description = "Folder the reports are written to (per plan and period). Default from $CODINGAUDIT_REPORTS, else ./out.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CODINGAUDIT_REPORTS") is { Length: > 0 } r ? r : "out",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Jobs);
        command.Options.Add(Reports);
    }

    public JobStorageSettings Resolve(ParseResult parse, DatabaseOptions database)
    {
        var explicitJobs = parse.GetValue(Jobs);
        if (explicitJobs is not null)
            return explicitJobs == "memory" ? JobStorageSettings.InMemory : JobStorageSettings.FromEnvironment() with { PostgresConnectionString = explicitJobs };
        return JobStorageSettings.FromEnvironment(database.Provider == DatabaseProvider.Postgres ? database.ConnectionString : null);
    }
}
