using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>patients</c>: only what audits need (no names, no addresses).</summary>
public sealed class PatientRow
{
    public string Id { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    /// <summary><see cref="Domain.Claims.Sex"/> as its integer value.</summary>
    public int Sex { get; set; }
}

internal sealed class PatientRowConfiguration : IEntityTypeConfiguration<PatientRow>
{
    public void Configure(EntityTypeBuilder<PatientRow> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
    }
}
