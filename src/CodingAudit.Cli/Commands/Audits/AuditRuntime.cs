using CodingAudit.Cli.Commands.Check;
using CodingAudit.Domain.Edits;
using CodingAudit.Jobs.Hosting;
using CodingAudit.Jobs.Pipeline;
using CodingAudit.Jobs.Reporting;
using CodingAudit.Jobs.Scheduling;
using CodingAudit.Persistence;
using Hangfire;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary>
/// The composition root of the audit pipeline: the database, the reference library and checks, the report renderer
/// and the Hangfire storage, wired once per process. Jobs are built from it by type.
/// </summary>
internal sealed class AuditRuntime : IAsyncDisposable
{
    private AuditRuntime(AuditDatabase database, JobStorage storage, CheckSession checks, PipelineSettings settings, TimeProvider clock)
    {
        Database = database;
        Storage = storage;
        Checks = checks;
        Client = new BackgroundJobClient(storage);
        var edits = checks.Checks.OfType<EditEngine>().Single();
        Stages = new AuditRunStages(database, edits, checks.Checks, new RunReportRenderer(ProjectPaths.ReportTemplates, KeysFolder), settings,
            checks.Library.VersionSummary, clock);
        Starter = new DatabaseRunStarter(database);
        Clock = clock;
    }

    /// <summary>Where the organisation's packet-signing key pair lives (CODINGAUDIT_KEYS, default ./data/keys).</summary>
    public static string KeysFolder => Path.GetFullPath(Environment.GetEnvironmentVariable("CODINGAUDIT_KEYS") is { Length: > 0 } keys ? keys : Path.Combine("data", "keys"));

    public AuditDatabase Database { get; }
    public JobStorage Storage { get; }
    public CheckSession Checks { get; }
    public IBackgroundJobClient Client { get; }
    public IAuditStages Stages { get; }
    public IAuditRunStarter Starter { get; }
    public TimeProvider Clock { get; }

    public static AuditRuntime Open(AuditDatabase database, JobStorageSettings jobs, string reportsFolder, int workers)
    {
        var checks = CheckSession.Open(null, null);
        var storage = JobStorageFactory.Create(jobs, workers);
        var settings = new PipelineSettings(Path.GetFullPath(reportsFolder))
        {
            SampleShardSize = EnvInt("CODINGAUDIT_SAMPLE_SHARD", 25),
            PopulationShardSize = EnvInt("CODINGAUDIT_POPULATION_SHARD", 5000),
        };
        return new AuditRuntime(database, storage, checks, settings, TimeProvider.System);
    }

    public object CreateJob(Type type) =>
        type == typeof(AuditRunJobs) ? new AuditRunJobs(Stages, Client)
        : type == typeof(ScheduledAuditJob) ? new ScheduledAuditJob(Starter, Client, Clock)
        : throw new InvalidOperationException($"unknown job type {type.FullName}");

    public AuditJobServer StartServer(int workers, string? name = null) => new(Storage, CreateJob, workers, name);

    /// <summary>Creates (or finds) the run of a plan for a period and, when new, enqueues its first stage.</summary>
    public async Task<(long RunId, bool Created)> StartRunAsync(string planId, Domain.Audits.AuditPeriod period, CancellationToken cancel)
    {
        var (runId, created) = await Starter.StartAsync(planId, period, Clock.GetUtcNow(), cancel);
        if (created) Client.Enqueue<AuditRunJobs>(j => j.FreezeFrame(runId, CancellationToken.None));
        return (runId, created);
    }

    public async ValueTask DisposeAsync()
    {
        if (Storage is IDisposable disposable) disposable.Dispose();
        await Database.DisposeAsync();
    }

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
