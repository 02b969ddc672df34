using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>claim_diagnoses</c>: ICD-10-CM codes in claim order; sequence 1 is first-listed.</summary>
public sealed class ClaimDiagnosisRow
{
    public string ClaimId { get; set; } = "";
    public int Sequence { get; set; }
    public string Code { get; set; } = "";
}

internal sealed class ClaimDiagnosisRowConfiguration : IEntityTypeConfiguration<ClaimDiagnosisRow>
{
    public void Configure(EntityTypeBuilder<ClaimDiagnosisRow> builder)
    {
        builder.ToTable("claim_diagnoses");
        builder.HasKey(d => new { d.ClaimId, d.Sequence });
        builder.Property(d => d.Code).HasMaxLength(16);
        builder.HasIndex(d => d.Code);
    }
}
