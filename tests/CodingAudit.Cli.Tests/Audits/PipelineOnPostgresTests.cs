using System.Diagnostics;
using CodingAudit.Testing;
using Npgsql;

namespace CodingAudit.Cli.Tests.Audits;

/// <summary>
/// The pipeline on PostgreSQL with Hangfire.PostgreSql: worker processes started as a user would (`codingaudit
/// worker`), sharing runs, surviving a kill -9, and running two plans at once. Every multi-worker result is compared
/// with a single-process run of the same data.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PipelineOnPostgresTests(PostgresFixture postgres, AuditData data) : IClassFixture<AuditData>
{
    private const string Plan = "monthly-all-coders";

    [SkippableFact]
    public void TwoWorkers_ShareOneRun_AndMatchASingleProcessRun()
    {
        var baseline = SingleProcessRun();
        using var work = new TempFolder();
        var (environment, connection) = Prepare(work);
        using var first = StartWorker("worker-a", environment, work.Path);
        using var second = StartWorker("worker-b", environment, work.Path);

        AuditData.Expect(CliProcess.Run(["audit", "run", "--plan", Plan, "--period", "2024-12", "--no-wait"], environment, work.Path));
        WaitForRun(connection, Plan, TimeSpan.FromMinutes(6));

        Assert.Equal(baseline, Outcome(connection, Plan));
        var servers = ServersThatRanJobs(connection);
        Assert.True(servers.Count(s => s.StartsWith("worker-a", StringComparison.Ordinal)) > 0 && servers.Count(s => s.StartsWith("worker-b", StringComparison.Ordinal)) > 0,
            "both workers should have run jobs; servers seen: " + string.Join(", ", servers));
    }

    [SkippableFact]
    public void WorkerKilledMidRun_TheOtherFinishes_WithTheSameResults()
    {
        var baseline = SingleProcessRun();
        using var work = new TempFolder();
        var (environment, connection) = Prepare(work);
        // The victim starts alone, so it takes the run's first jobs; it is killed while it holds one, and only then
        // does the survivor start: it must pick up the orphaned job once the invisibility timeout expires.
        using var victim = StartWorker("victim", environment, work.Path);
        AuditData.Expect(CliProcess.Run(["audit", "run", "--plan", Plan, "--period", "2024-12", "--no-wait"], environment, work.Path));
        var deadline = Stopwatch.StartNew();
        bool VictimHoldsJob() => ServersProcessingNow(connection).Any(s => s.StartsWith("victim", StringComparison.Ordinal));
        var held = false;
        while (!(held = VictimHoldsJob()) && deadline.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(20);
        victim.Kill(); // SIGKILL: no shutdown, no job release
        Assert.True(held, "the victim worker never held a job of the run, so killing it would test nothing");
        using var survivor = StartWorker("survivor", environment, work.Path);

        WaitForRun(connection, Plan, TimeSpan.FromMinutes(6));
        Assert.Equal(baseline, Outcome(connection, Plan));
    }

    [SkippableFact]
    public void TwoPlansFiringAtOnce_BothComplete()
    {
        using var work = new TempFolder();
        var (environment, connection) = Prepare(work);
        using var worker = StartWorker("worker", environment, work.Path);
        var first = CliProcess.Start(["audit", "run", "--plan", Plan, "--period", "2024-12", "--no-wait"], environment, work.Path);
        var second = CliProcess.Start(["audit", "run", "--plan", "targeted-high-risk", "--period", "2024-12", "--no-wait"], environment, work.Path);
        first.WaitForExit();
        second.WaitForExit();
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));

        WaitForRun(connection, Plan, TimeSpan.FromMinutes(6));
        WaitForRun(connection, "targeted-high-risk", TimeSpan.FromMinutes(6));
        Assert.NotEmpty(Outcome(connection, Plan).Findings);
    }

    /// <summary>The same data audited by `audit run` alone (its own in-process server), as the reference result.</summary>
    private RunOutcome SingleProcessRun()
    {
        using var work = new TempFolder();
        var (environment, connection) = Prepare(work);
        AuditData.Expect(CliProcess.Run(["audit", "run", "--plan", Plan, "--period", "2024-12", "--workers", "1"], environment, work.Path, TimeSpan.FromMinutes(8)));
        return Outcome(connection, Plan);
    }

    private (Dictionary<string, string> Environment, string Connection) Prepare(TempFolder work)
    {
        var connection = postgres.RequireOrSkip("audit");
        var environment = AuditData.Environment("postgres", connection, jobs: connection);
        environment["CODINGAUDIT_REPORTS"] = work.File("out");
        environment["CODINGAUDIT_KEYS"] = work.File("keys");
        data.Load(environment, work.Path);
        return (environment, connection);
    }

    private static Worker StartWorker(string name, IDictionary<string, string> environment, string workingDirectory)
    {
        var process = CliProcess.Start(["worker", "--name", name, "--workers", "2"], environment, workingDirectory);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Worker(process);
    }

    /// <summary>A worker process that is killed when the test ends, whatever happened (never left running).</summary>
    private sealed class Worker(Process process) : IDisposable
    {
        public void Kill()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }
    }

    private static void WaitForRun(string connection, string plan, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var (stage, status, error) = Scalar(connection, "SELECT stage, status, coalesce(error, '') FROM audit_runs WHERE plan_id = @p",
                r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("@p", plan));
            if (stage == "done") return;
            Assert.False(status == "failed", $"run of {plan} failed: {error}");
            Thread.Sleep(250);
        }
        Assert.Fail($"run of {plan} did not finish within {timeout}");
    }

    private sealed record RunOutcome(string FrameHash, IReadOnlyList<string> Sample, IReadOnlyList<string> Findings, string Scores)
    {
        public bool Equals(RunOutcome? other) => other is not null && FrameHash == other.FrameHash &&
            Sample.SequenceEqual(other.Sample) && Findings.SequenceEqual(other.Findings) && Scores == other.Scores;

        public override int GetHashCode() => FrameHash.GetHashCode(StringComparison.Ordinal);
    }

    private static RunOutcome Outcome(string connection, string plan) => new(
        Scalar(connection, "SELECT frame_sha256 FROM audit_runs WHERE plan_id = @p", r => r.GetString(0), ("@p", plan)),
        Rows(connection, "SELECT s.claim_id || ':' || s.selection_order || ':' || s.is_spare FROM sample_items s JOIN audit_runs r ON r.id = s.run_id WHERE r.plan_id = @p ORDER BY 1", plan),
        Rows(connection, "SELECT f.pass || '|' || f.claim_id || '|' || f.kind || '|' || f.rule_id || '|' || f.line_number || '|' || f.code || '|' || coalesce(f.expected, '') FROM findings f JOIN audit_runs r ON r.id = f.run_id WHERE r.plan_id = @p ORDER BY 1", plan),
        Scalar(connection, "SELECT s.scores FROM run_scores s JOIN audit_runs r ON r.id = s.run_id WHERE r.plan_id = @p", r => r.GetString(0), ("@p", plan)));

    private static List<string> ServersThatRanJobs(string connection) =>
        Rows(connection, "SELECT DISTINCT data::jsonb ->> 'ServerId' FROM hangfire.state WHERE name = 'Processing' ORDER BY 1", null);

    private static List<string> ServersProcessingNow(string connection) =>
        Rows(connection, "SELECT s.data::jsonb ->> 'ServerId' FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid WHERE j.statename = 'Processing'", null);

    private static List<string> Rows(string connection, string sql, string? plan)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        if (plan is not null) command.Parameters.AddWithValue("@p", plan);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        return rows;
    }

    private static T Scalar<T>(string connection, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "no row for: " + sql);
        return read(reader);
    }
}
