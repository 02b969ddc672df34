using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>payers</c>.</summary>
public sealed class PayerRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
}

internal sealed class PayerRowConfiguration : IEntityTypeConfiguration<PayerRow>
{
    public void Configure(EntityTypeBuilder<PayerRow> builder)
    {
        builder.ToTable("payers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(50);
    }
}
