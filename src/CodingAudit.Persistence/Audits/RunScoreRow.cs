using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>run_scores</c>: the aggregated scores of a run as JSON (shape owned by the sampling and statistics code).</summary>
public sealed class RunScoreRow
{
    public long RunId { get; set; }
    public string Scores { get; set; } = "{}";
    public DateTimeOffset ComputedAt { get; set; }
}

internal sealed class RunScoreRowConfiguration : IEntityTypeConfiguration<RunScoreRow>
{
    public void Configure(EntityTypeBuilder<RunScoreRow> builder)
    {
        builder.ToTable("run_scores");
        builder.HasKey(s => s.RunId);
        builder.Property(s => s.RunId).ValueGeneratedNever();
        builder.HasOne<AuditRunRow>().WithOne().HasForeignKey<RunScoreRow>(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
