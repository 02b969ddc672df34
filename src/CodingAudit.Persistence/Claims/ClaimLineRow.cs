using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>claim_lines</c>: modifiers and diagnosis pointers as four columns each, as on the CMS-1500.</summary>
public sealed class ClaimLineRow
{
    public string ClaimId { get; set; } = "";
    public int LineNumber { get; set; }
    public string Code { get; set; } = "";
    public string? Modifier1 { get; set; }
    public string? Modifier2 { get; set; }
    public string? Modifier3 { get; set; }
    public string? Modifier4 { get; set; }
    public int Units { get; set; }
    public decimal Charge { get; set; }
    public string? PlaceOfService { get; set; }
    public int? Pointer1 { get; set; }
    public int? Pointer2 { get; set; }
    public int? Pointer3 { get; set; }
    public int? Pointer4 { get; set; }
}

internal sealed class ClaimLineRowConfiguration : IEntityTypeConfiguration<ClaimLineRow>
{
    public void Configure(EntityTypeBuilder<ClaimLineRow> builder)
    {
        builder.ToTable("claim_lines");
        builder.HasKey(l => new { l.ClaimId, l.LineNumber });
        builder.Property(l => l.Code).HasMaxLength(16);
        builder.Property(l => l.Modifier1).HasMaxLength(2);
        builder.Property(l => l.Modifier2).HasMaxLength(2);
        builder.Property(l => l.Modifier3).HasMaxLength(2);
        builder.Property(l => l.Modifier4).HasMaxLength(2);
        builder.Property(l => l.PlaceOfService).HasMaxLength(2);
        builder.HasIndex(l => l.Code);
    }
}
