namespace CodingAudit.Persistence.Audits;

/// <summary>A stored audit plan. <see cref="Definition"/> is the plan's scope and design as JSON (shape owned by sampling).</summary>
public sealed record AuditPlan(string Id, string Name, bool Active, string? Cron, string TimeZone, string Definition)
{
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    internal static AuditPlan From(AuditPlanRow row) =>
        new(row.Id, row.Name, row.Active, row.Cron, row.TimeZone, row.Definition) { CreatedAt = row.CreatedAt, UpdatedAt = row.UpdatedAt };
}
