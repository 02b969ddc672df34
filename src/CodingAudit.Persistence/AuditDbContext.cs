using CodingAudit.Persistence.Audits;
using CodingAudit.Persistence.Claims;
using CodingAudit.Persistence.Conventions;
using CodingAudit.Persistence.Reference;
using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence;

/// <summary>
/// The CodingAudit schema. Use <see cref="AuditDatabase.CreateContext"/>: it returns the provider's subclass
/// (<see cref="SqliteAuditDbContext"/> or <see cref="PostgresAuditDbContext"/>), each with its own migrations.
/// </summary>
public abstract class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CoderRow> Coders => Set<CoderRow>();
    public DbSet<ProviderRow> Providers => Set<ProviderRow>();
    public DbSet<PayerRow> Payers => Set<PayerRow>();
    public DbSet<PatientRow> Patients => Set<PatientRow>();
    public DbSet<ClaimRow> Claims => Set<ClaimRow>();
    public DbSet<ClaimLineRow> ClaimLines => Set<ClaimLineRow>();
    public DbSet<ClaimDiagnosisRow> ClaimDiagnoses => Set<ClaimDiagnosisRow>();
    public DbSet<ClinicalNoteRow> ClinicalNotes => Set<ClinicalNoteRow>();
    public DbSet<ReferenceReleaseRow> ReferenceReleases => Set<ReferenceReleaseRow>();
    public DbSet<ReferenceDataRow> ReferenceRows => Set<ReferenceDataRow>();
    public DbSet<AuditPlanRow> AuditPlans => Set<AuditPlanRow>();
    public DbSet<AuditRunRow> AuditRuns => Set<AuditRunRow>();
    public DbSet<FrameEntryRow> FrameEntries => Set<FrameEntryRow>();
    public DbSet<SampleItemRow> SampleItems => Set<SampleItemRow>();
    public DbSet<FindingRow> Findings => Set<FindingRow>();
    public DbSet<FindingChangeRow> FindingChanges => Set<FindingChangeRow>();
    public DbSet<ShardProgressRow> ShardProgress => Set<ShardProgressRow>();
    public DbSet<StageCounterRow> StageCounters => Set<StageCounterRow>();
    public DbSet<RunScoreRow> RunScores => Set<RunScoreRow>();
    public DbSet<ReportFileRow> ReportFiles => Set<ReportFileRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditDbContext).Assembly);
        SnakeCase.Apply(modelBuilder);
    }
}

/// <summary>The schema on SQLite: instants as fixed-width UTC text, money as REAL so SUM and ORDER BY work.</summary>
public sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteUtcConverter>();
        // SQLite has no decimal type; EF would store text, which neither sums nor sorts. Charges and amounts have
        // at most a few decimals, far inside double's 15 significant digits, and read back as the same decimal.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

/// <summary>The schema on PostgreSQL: timestamptz in UTC, numeric(18,4) money, binary ("C") text order like SQLite.</summary>
public sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options) : AuditDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<PostgresUtcConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        // The frame order (service date, claim id) must be the same on both databases, so that a sample drawn on
        // PostgreSQL equals one drawn on SQLite: compare text bytewise, as SQLite does, whatever the cluster locale.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
