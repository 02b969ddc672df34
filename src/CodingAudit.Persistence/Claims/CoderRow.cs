using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>coders</c>.</summary>
public sealed class CoderRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Team { get; set; }
}

internal sealed class CoderRowConfiguration : IEntityTypeConfiguration<CoderRow>
{
    public void Configure(EntityTypeBuilder<CoderRow> builder)
    {
        builder.ToTable("coders");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Team).HasMaxLength(100);
    }
}
