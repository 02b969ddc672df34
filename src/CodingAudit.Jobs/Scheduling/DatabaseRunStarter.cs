using CodingAudit.Domain.Audits;
using CodingAudit.Ingest.Plans;
using CodingAudit.Persistence;

namespace CodingAudit.Jobs.Scheduling;

/// <summary>Starts runs in the audit database; the unique (plan, period) index makes a second start find the first run.</summary>
public sealed class DatabaseRunStarter(AuditDatabase database) : IAuditRunStarter
{
    public async Task<(long RunId, bool Created)> StartAsync(string planId, AuditPeriod period, DateTimeOffset scheduledFor, CancellationToken cancel)
    {
        var creation = await database.Runs.TryCreateRunAsync(planId, period.Label, scheduledFor, cancel);
        return (creation.Run.Id, creation.Created);
    }

    public async Task<AuditPlan> PlanAsync(string planId, CancellationToken cancel)
    {
        var stored = await database.Plans.GetPlanAsync(planId, cancel)
                     ?? throw new InvalidOperationException($"no audit plan '{planId}'");
        return AuditPlanFile.Parse(stored.Definition, $"plan {stored.Id}");
    }
}
