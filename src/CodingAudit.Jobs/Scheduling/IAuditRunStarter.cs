using CodingAudit.Domain.Audits;

namespace CodingAudit.Jobs.Scheduling;

/// <summary>Creates the run of a plan for a period, or finds the one that exists: the database allows one per pair.</summary>
public interface IAuditRunStarter
{
    Task<(long RunId, bool Created)> StartAsync(string planId, AuditPeriod period, DateTimeOffset scheduledFor, CancellationToken cancel);

    /// <summary>The stored plan (its schedule's time zone and its period granularity decide the audited period).</summary>
    Task<AuditPlan> PlanAsync(string planId, CancellationToken cancel);
}
