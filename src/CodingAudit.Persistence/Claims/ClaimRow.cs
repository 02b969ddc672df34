using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>claims</c>: one coded claim for one encounter.</summary>
/// <remarks>
/// Payer and coder are plain columns without foreign keys because the domain allows them to be empty; patient and
/// provider are enforced. <see cref="TotalCharge"/> is stored (not computed) so dollar strata need no join.
/// </remarks>
public sealed class ClaimRow
{
    public string Id { get; set; } = "";
    public string EncounterId { get; set; } = "";
    public string PatientId { get; set; } = "";
    public string ProviderNpi { get; set; } = "";
    public string PayerId { get; set; } = "";
    public string CoderId { get; set; } = "";
    public DateOnly ServiceDate { get; set; }
    public DateTimeOffset CodedAt { get; set; }
    public string PlaceOfService { get; set; } = "";
    /// <summary><see cref="Domain.Claims.ClaimType"/> as its integer value.</summary>
    public int ClaimType { get; set; }
    public decimal TotalCharge { get; set; }

    public List<ClaimLineRow> Lines { get; set; } = [];
    public List<ClaimDiagnosisRow> Diagnoses { get; set; } = [];
}

internal sealed class ClaimRowConfiguration : IEntityTypeConfiguration<ClaimRow>
{
    public void Configure(EntityTypeBuilder<ClaimRow> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(64);
        builder.Property(c => c.EncounterId).HasMaxLength(64);
        builder.Property(c => c.PatientId).HasMaxLength(64);
        builder.Property(c => c.ProviderNpi).HasMaxLength(10);
        builder.Property(c => c.PayerId).HasMaxLength(64);
        builder.Property(c => c.CoderId).HasMaxLength(64);
        builder.Property(c => c.PlaceOfService).HasMaxLength(2);
        builder.HasOne<PatientRow>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProviderRow>().WithMany().HasForeignKey(c => c.ProviderNpi).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Diagnoses).WithOne().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Cascade);
        // The frame and sampling queries select a period and then filter or stratify by one of these.
        builder.HasIndex(c => new { c.ServiceDate, c.Id });
        builder.HasIndex(c => new { c.ServiceDate, c.CoderId });
        builder.HasIndex(c => new { c.ServiceDate, c.PayerId });
        builder.HasIndex(c => new { c.ServiceDate, c.ProviderNpi });
        builder.HasIndex(c => c.EncounterId);
        builder.HasIndex(c => c.PatientId);
    }
}
