using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Reference;

/// <summary>
/// Table <c>reference_rows</c>: one row of a reference release as JSON. The typed reference model lives in the
/// domain; storing rows generically keeps one table for every CMS layout.
/// </summary>
public sealed class ReferenceDataRow
{
    public long ReleaseId { get; set; }
    public int RowNumber { get; set; }
    /// <summary>The lookup key the typed model uses (a code, or "column1|column2" for a pair edit).</summary>
    public string Key { get; set; } = "";
    public string Data { get; set; } = "";
}

internal sealed class ReferenceDataRowConfiguration : IEntityTypeConfiguration<ReferenceDataRow>
{
    public void Configure(EntityTypeBuilder<ReferenceDataRow> builder)
    {
        builder.ToTable("reference_rows");
        builder.HasKey(r => new { r.ReleaseId, r.RowNumber });
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.HasOne<ReferenceReleaseRow>().WithMany().HasForeignKey(r => r.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ReleaseId, r.Key });
    }
}
