using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Reference;

/// <summary>
/// Table <c>reference_releases</c>: one loaded release of one reference table (e.g. "ncci-ptp" 2026Q1).
/// The unique (table_name, sha256) index makes loading the same file twice a no-op; a new file adds a version.
/// </summary>
/// <remarks><see cref="EffectiveFrom"/> is inclusive; <see cref="EffectiveTo"/> is inclusive and null when open-ended.</remarks>
public sealed class ReferenceReleaseRow
{
    public long Id { get; set; }
    public string TableName { get; set; } = "";
    public string Version { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string SourceFile { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public int RowCount { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}

internal sealed class ReferenceReleaseRowConfiguration : IEntityTypeConfiguration<ReferenceReleaseRow>
{
    public void Configure(EntityTypeBuilder<ReferenceReleaseRow> builder)
    {
        builder.ToTable("reference_releases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.TableName).HasMaxLength(64);
        builder.Property(r => r.Version).HasMaxLength(64);
        builder.Property(r => r.SourceFile).HasMaxLength(500);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasIndex(r => new { r.TableName, r.Sha256 }).IsUnique();
        builder.HasIndex(r => new { r.TableName, r.EffectiveFrom });
    }
}
