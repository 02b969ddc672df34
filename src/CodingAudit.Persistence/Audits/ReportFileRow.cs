using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>Table <c>report_files</c>: one published report file per run and kind (e.g. "pdf", "excel", "auditor-packet").</summary>
public sealed class ReportFileRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string Kind { get; set; } = "";
    public string Path { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ReportFileRowConfiguration : IEntityTypeConfiguration<ReportFileRow>
{
    public void Configure(EntityTypeBuilder<ReportFileRow> builder)
    {
        builder.ToTable("report_files");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Kind).HasMaxLength(64);
        builder.Property(r => r.Path).HasMaxLength(1000);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RunId, r.Kind }).IsUnique();
    }
}
