using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>finding_changes</c>: the rebuttal log, one row per changed field of a finding.</summary>
public sealed class FindingChangeRow
{
    public long Id { get; set; }
    public long FindingId { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Reason { get; set; } = "";
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

internal sealed class FindingChangeRowConfiguration : IEntityTypeConfiguration<FindingChangeRow>
{
    public void Configure(EntityTypeBuilder<FindingChangeRow> builder)
    {
        builder.ToTable("finding_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.HasOne<FindingRow>().WithMany().HasForeignKey(c => c.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.FindingId, c.ChangedAt });
    }
}
