using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>sample_items</c>: the claims drawn for a run, with the random value and draw order.</summary>
public sealed class SampleItemRow
{
    public long RunId { get; set; }
    public string ClaimId { get; set; } = "";
    public int FramePosition { get; set; }
    /// <summary>The random number that selected the claim (a RAT-STATS value in the frame's range).</summary>
    public long RandomValue { get; set; }
    /// <summary>1-based order in which the value was drawn.</summary>
    public int SelectionOrder { get; set; }
    public string Stratum { get; set; } = "";
    public bool IsSpare { get; set; }
}

internal sealed class SampleItemRowConfiguration : IEntityTypeConfiguration<SampleItemRow>
{
    public void Configure(EntityTypeBuilder<SampleItemRow> builder)
    {
        builder.ToTable("sample_items");
        builder.HasKey(s => new { s.RunId, s.ClaimId });
        builder.Property(s => s.ClaimId).HasMaxLength(64);
        builder.Property(s => s.Stratum).HasMaxLength(100);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RunId, s.FramePosition });
    }
}
