using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>audit_plans</c>: a stored plan; scope and design live in <see cref="Definition"/> (JSON).</summary>
public sealed class AuditPlanRow
{
    /// <summary>A short stable slug the CLI and the recurring job use, e.g. "monthly-coder-review".</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Active { get; set; }
    public string? Cron { get; set; }
    /// <summary>IANA time zone the cron expression is read in.</summary>
    public string TimeZone { get; set; } = "UTC";
    public string Definition { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class AuditPlanRowConfiguration : IEntityTypeConfiguration<AuditPlanRow>
{
    public void Configure(EntityTypeBuilder<AuditPlanRow> builder)
    {
        builder.ToTable("audit_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Cron).HasMaxLength(100);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
    }
}
