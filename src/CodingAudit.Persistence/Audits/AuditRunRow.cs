using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>
/// Table <c>audit_runs</c>: one run of one plan for one period. The unique (plan_id, period) index is what
/// guarantees one run per plan and period, whatever the scheduler does.
/// </summary>
public sealed class AuditRunRow
{
    public long Id { get; set; }
    public string PlanId { get; set; } = "";
    /// <summary>"YYYY-MM".</summary>
    public string Period { get; set; } = "";
    public string Stage { get; set; } = AuditStages.Created;
    public string Status { get; set; } = RunStatus.Pending;
    public DateTimeOffset? ScheduledFor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>JSON object: stage name to {"started": ..., "finished": ...} (UTC, ISO-8601).</summary>
    public string StageTimings { get; set; } = "{}";
    public long? Seed { get; set; }
    public int? FrameSize { get; set; }
    public string? FrameSha256 { get; set; }
    public string? Design { get; set; }
    public string? ReferenceVersions { get; set; }
    public string? ProgramVersion { get; set; }
    public string? Error { get; set; }
}

internal sealed class AuditRunRowConfiguration : IEntityTypeConfiguration<AuditRunRow>
{
    public void Configure(EntityTypeBuilder<AuditRunRow> builder)
    {
        builder.ToTable("audit_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.PlanId).HasMaxLength(100);
        builder.Property(r => r.Period).HasMaxLength(7).IsFixedLength(false);
        builder.Property(r => r.Stage).HasMaxLength(32);
        builder.Property(r => r.Status).HasMaxLength(32);
        builder.Property(r => r.FrameSha256).HasMaxLength(64);
        builder.Property(r => r.ProgramVersion).HasMaxLength(100);
        builder.HasOne<AuditPlanRow>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.Period }).IsUnique();
    }
}
