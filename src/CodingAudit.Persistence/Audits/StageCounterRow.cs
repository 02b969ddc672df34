using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>
/// Table <c>stage_counters</c>: the fan-in counter of a sharded stage. It is incremented only when a new
/// <c>shard_progress</c> row was inserted, in the same transaction, so it counts distinct finished shards.
/// </summary>
public sealed class StageCounterRow
{
    public long RunId { get; set; }
    public string Stage { get; set; } = "";
    public int ShardsTotal { get; set; }
    public int ShardsDone { get; set; }
}

internal sealed class StageCounterRowConfiguration : IEntityTypeConfiguration<StageCounterRow>
{
    public void Configure(EntityTypeBuilder<StageCounterRow> builder)
    {
        builder.ToTable("stage_counters");
        builder.HasKey(s => new { s.RunId, s.Stage });
        builder.Property(s => s.Stage).HasMaxLength(32);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
