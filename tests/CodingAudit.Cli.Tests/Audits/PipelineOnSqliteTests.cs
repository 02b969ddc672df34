using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Audits;

/// <summary>The whole audit pipeline on the embedded default: SQLite and in-memory Hangfire, through the real CLI.</summary>
public sealed class PipelineOnSqliteTests(AuditData data) : IClassFixture<AuditData>
{
    [Fact]
    public void AuditRun_CompletesAndWritesVerifiableReports_AndASecondStartReusesTheRun()
    {
        using var work = new TempFolder();
        var environment = AuditData.Environment("sqlite", work.File("audit.db"));
        data.Load(environment, work.Path);

        var run = AuditData.Expect(CliProcess.Run(["audit", "run", "--plan", "monthly-all-coders", "--period", "2024-12", "--reports", work.File("out")], environment, work.Path));
        Assert.Contains("done", run.Output, StringComparison.Ordinal);
        var folder = Path.Combine(work.Path, "out", "monthly-all-coders", "2024-12");
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal([
            "monthly-all-coders-2024-12-auditor-packet.zip", "monthly-all-coders-2024-12-coding-manager.pdf",
            "monthly-all-coders-2024-12-compliance.pdf", "monthly-all-coders-2024-12.xlsx"], files);
        Assert.All(Directory.GetFiles(folder), f => Assert.True(new FileInfo(f).Length > 10_000, f));

        var verify = CliProcess.Run(["packet", "verify", Path.Combine(folder, "monthly-all-coders-2024-12-auditor-packet.zip")],
            new Dictionary<string, string>(), work.Path);
        Assert.True(verify.ExitCode == 0, verify.ToString());

        var again = AuditData.Expect(CliProcess.Run(["audit", "run", "--plan", "monthly-all-coders", "--period", "2024-12", "--reports", work.File("out")], environment, work.Path));
        Assert.Contains("already exists", again.Output, StringComparison.Ordinal);

        var status = AuditData.Expect(CliProcess.Run(["audit", "status"], environment, work.Path));
        Assert.Single(status.Output.Split('\n'), l => l.StartsWith("run ", StringComparison.Ordinal));
        Assert.Contains("done", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditRun_UnknownPlan_IsOneClearError()
    {
        using var work = new TempFolder();
        var environment = AuditData.Environment("sqlite", work.File("audit.db"));
        var result = CliProcess.Run(["audit", "run", "--plan", "no-such-plan", "--period", "2024-12"], environment, work.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no plan 'no-such-plan'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
