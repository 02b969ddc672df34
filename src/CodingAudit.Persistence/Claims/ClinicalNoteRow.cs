using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Claims;

/// <summary>Table <c>clinical_notes</c>: documentation joined to claims by encounter id.</summary>
public sealed class ClinicalNoteRow
{
    public string Id { get; set; } = "";
    public string EncounterId { get; set; } = "";
    public string NoteType { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTimeOffset WrittenAt { get; set; }
    public int? TotalMinutes { get; set; }
    public string Text { get; set; } = "";
}

internal sealed class ClinicalNoteRowConfiguration : IEntityTypeConfiguration<ClinicalNoteRow>
{
    public void Configure(EntityTypeBuilder<ClinicalNoteRow> builder)
    {
        builder.ToTable("clinical_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(64);
        builder.Property(n => n.EncounterId).HasMaxLength(64);
        builder.Property(n => n.NoteType).HasMaxLength(64);
        builder.Property(n => n.Author).HasMaxLength(200);
        builder.HasIndex(n => n.EncounterId);
    }
}
