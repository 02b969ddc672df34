using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CodingAudit.Persistence.Audits;

/// <summary>
/// Table <c>findings</c>. The unique finding key (run_id, pass, claim_id, kind, rule_id, line_number, code) lets a
/// re-run stage insert the same findings again without duplicates.
/// </summary>
/// <remarks>
/// <see cref="LineNumber"/> is 0 for a claim-level finding: a NULL would never collide in a unique index on either
/// database, so the key would not stop duplicates. <see cref="Pass"/> separates the sample check from the
/// full-population edit pass, which can raise the same finding on a sampled claim.
/// </remarks>
public sealed class FindingRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public string Pass { get; set; } = FindingPasses.Sample;
    public string ClaimId { get; set; } = "";
    public int LineNumber { get; set; }
    public string Kind { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string Category { get; set; } = "";
    /// <summary><see cref="Domain.Findings.Severity"/> as its integer value.</summary>
    public int Severity { get; set; }
    public string Code { get; set; } = "";
    public string? Expected { get; set; }
    public string Message { get; set; } = "";
    public string Citation { get; set; } = "";
    public decimal? Amount { get; set; }
    public string? EvidenceText { get; set; }
    public int? EvidenceStart { get; set; }
    public int? EvidenceEnd { get; set; }
    /// <summary>"open", or what a rebuttal decided (see <c>finding_changes</c>).</summary>
    public string Status { get; set; } = "open";
}

/// <summary>Values of <c>findings.pass</c>.</summary>
public static class FindingPasses
{
    public const string Sample = "sample";
    public const string Population = "population";
}

internal sealed class FindingRowConfiguration : IEntityTypeConfiguration<FindingRow>
{
    public void Configure(EntityTypeBuilder<FindingRow> builder)
    {
        builder.ToTable("findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedOnAdd();
        builder.Property(f => f.Pass).HasMaxLength(16);
        builder.Property(f => f.ClaimId).HasMaxLength(64);
        builder.Property(f => f.Kind).HasMaxLength(64);
        builder.Property(f => f.RuleId).HasMaxLength(200);
        builder.Property(f => f.Category).HasMaxLength(100);
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.Property(f => f.Expected).HasMaxLength(100);
        builder.Property(f => f.Status).HasMaxLength(32);
        builder.HasOne<AuditRunRow>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.RunId, f.Pass, f.ClaimId, f.Kind, f.RuleId, f.LineNumber, f.Code }).IsUnique();
    }
}
