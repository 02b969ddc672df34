using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Audits;

/// <summary>Creates, updates and lists audit plans.</summary>
public sealed class PlanStore(AuditDatabase database)
{
    /// <summary>Inserts the plan or updates the one with the same id (keeping its creation time).</summary>
    public async Task<AuditPlan> SavePlanAsync(AuditPlan plan, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.Id);
        var now = database.Time.GetUtcNow();
        await using var context = database.CreateContext();
        var row = await context.AuditPlans.FirstOrDefaultAsync(p => p.Id == plan.Id, cancel);
        if (row is null)
        {
            row = new AuditPlanRow { Id = plan.Id, CreatedAt = now };
            context.AuditPlans.Add(row);
        }
        row.Name = plan.Name;
        row.Active = plan.Active;
        row.Cron = plan.Cron;
        row.TimeZone = plan.TimeZone;
        row.Definition = plan.Definition;
        row.UpdatedAt = now;
        await context.SaveChangesAsync(cancel);
        return AuditPlan.From(row);
    }

    public async Task<AuditPlan?> GetPlanAsync(string id, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var row = await context.AuditPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel);
        return row is null ? null : AuditPlan.From(row);
    }

    public async Task<IReadOnlyList<AuditPlan>> ListPlansAsync(bool activeOnly = false, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var query = context.AuditPlans.AsNoTracking();
        if (activeOnly) query = query.Where(p => p.Active);
        return (await query.OrderBy(p => p.Id).ToListAsync(cancel)).Select(AuditPlan.From).ToList();
    }
}
