using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>shard_progress</c>: one row per finished shard of a sharded stage; re-finishing one is a no-op.</summary>
public sealed class ShardProgressRow
{
    public long RunId { get; set; }
    public string Stage { get; set; } = "";
    public int ShardNumber { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}

internal sealed class ShardProgressRowConfiguration : IEntityTypeConfiguration<ShardProgressRow>
{
    public void Configure(EntityTypeBuilder<ShardProgressRow> builder)
    {
        builder.ToTable("shard_progress");
        builder.HasKey(s => new { s.RunId, s.Stage, s.ShardNumber });
        builder.Property(s => s.Stage).HasMaxLength(32);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
