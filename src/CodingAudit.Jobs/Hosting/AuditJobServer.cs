using CodingAudit.Jobs.Pipeline;
using Hangfire;

namespace CodingAudit.Jobs.Hosting;

/// <summary>A Hangfire server processing the audit queue, with jobs built by the given factory.</summary>
/// <remarks>Several of these (in one process or many, against one PostgreSQL storage) share the work of a run.</remarks>
public sealed class AuditJobServer : IDisposable
{
    private readonly BackgroundJobServer _server;

    public AuditJobServer(JobStorage storage, Func<Type, object> createJob, int workerCount, string? serverName = null)
    {
        Storage = storage;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            Queues = [AuditRunJobs.Queue, "default"],
            WorkerCount = workerCount,
            Activator = new DelegateJobActivator(createJob),
            ServerName = serverName ?? DefaultServerName(),
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ServerCheckInterval = TimeSpan.FromSeconds(30),
            HeartbeatInterval = TimeSpan.FromSeconds(10),
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        }, storage);
    }

    public JobStorage Storage { get; }

    /// <summary>host:pid:random, cut to 40 characters (a long host name must not make it unbounded; a short one or
    /// a low process id gives fewer, which is fine).</summary>
    internal static string DefaultServerName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length > 40 ? name[..40] : name;
    }

    public void Dispose() => _server.Dispose();
}
