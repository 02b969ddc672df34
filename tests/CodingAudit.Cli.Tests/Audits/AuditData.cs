using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Audits;

/// <summary>
/// A small synthetic month (December 2024, 480 claims with notes) generated once per test class by the real
/// <c>seed generate</c>, and helpers to load it into a fresh database through the real commands.
/// </summary>
public sealed class AuditData : IDisposable
{
    private readonly TempFolder _folder = new("codingaudit-audit-data");

    public AuditData()
    {
        Generated = Path.Combine(_folder.Path, "generated");
        var result = CliProcess.Run(["seed", "generate", "--out", Generated, "--months", "1", "--claims-per-month", "480", "--end", "2024-12", "--no-jsonl"]);
        if (result.ExitCode != 0) throw new InvalidOperationException("seed generate failed: " + result);
    }

    public string Generated { get; }

    /// <summary>Environment for a command against <paramref name="database"/> (a SQLite file path or a PostgreSQL
    /// connection string), with small shards so the work spreads over several jobs.</summary>
    public static Dictionary<string, string> Environment(string provider, string database, string? jobs = null) => new()
    {
        ["CODINGAUDIT_DB_PROVIDER"] = provider,
        ["CODINGAUDIT_DB"] = database,
        ["CODINGAUDIT_JOBS"] = jobs ?? "memory",
        ["CODINGAUDIT_SAMPLE_SHARD"] = "6",
        ["CODINGAUDIT_POPULATION_SHARD"] = "100",
        ["CODINGAUDIT_JOBS_INVISIBILITY_SECONDS"] = "15",
    };

    /// <summary>Imports the month and stores the shipped plans.</summary>
    public void Load(IDictionary<string, string> environment, string workingDirectory)
    {
        Expect(CliProcess.Run(["import", Generated], environment, workingDirectory));
        Expect(CliProcess.Run(["plan", "add", Path.Combine(RepoPaths.SeedData, "plans")], environment, workingDirectory));
    }

    public static CliProcess.Result Expect(CliProcess.Result result, int exitCode = 0)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        return result;
    }

    public void Dispose() => _folder.Dispose();
}
