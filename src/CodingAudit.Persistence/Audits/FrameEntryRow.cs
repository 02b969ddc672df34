using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>
/// Table <c>frame_entries</c>: the frozen sampling frame of a run, one row per claim with its 1-based position in
/// the documented frame order. Copying the few columns sampling needs keeps the frame stable even if claims change.
/// </summary>
public sealed class FrameEntryRow
{
    public long RunId { get; set; }
    public int Position { get; set; }
    public string ClaimId { get; set; } = "";
    public string CoderId { get; set; } = "";
    public string ProviderNpi { get; set; } = "";
    public string PayerId { get; set; } = "";
    public DateOnly ServiceDate { get; set; }
    public decimal Amount { get; set; }
}

internal sealed class FrameEntryRowConfiguration : IEntityTypeConfiguration<FrameEntryRow>
{
    public void Configure(EntityTypeBuilder<FrameEntryRow> builder)
    {
        builder.ToTable("frame_entries");
        builder.HasKey(f => new { f.RunId, f.Position });
        builder.Property(f => f.ClaimId).HasMaxLength(64);
        builder.Property(f => f.CoderId).HasMaxLength(64);
        builder.Property(f => f.ProviderNpi).HasMaxLength(10);
        builder.Property(f => f.PayerId).HasMaxLength(64);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.RunId, f.ClaimId }).IsUnique();
    }
}
