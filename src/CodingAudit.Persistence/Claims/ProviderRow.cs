using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>providers</c>, keyed by NPI.</summary>
public sealed class ProviderRow
{
    public string Npi { get; set; } = "";
    public string Name { get; set; } = "";
    public string Specialty { get; set; } = "";
}

internal sealed class ProviderRowConfiguration : IEntityTypeConfiguration<ProviderRow>
{
    public void Configure(EntityTypeBuilder<ProviderRow> builder)
    {
        builder.ToTable("providers");
        builder.HasKey(p => p.Npi);
        builder.Property(p => p.Npi).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Specialty).HasMaxLength(100);
    }
}
