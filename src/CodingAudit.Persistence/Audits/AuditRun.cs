using System.Text.Json;

namespace CodingAudit.Persistence.Audits;

/// <summary>A snapshot of one run (see <see cref="AuditRunRow"/> for the columns).</summary>
public sealed record AuditRun(long Id, string PlanId, string Period, string Stage, string Status,
    DateTimeOffset? ScheduledFor, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<string, StageTiming> StageTimings)
{
    public long? Seed { get; init; }
    public int? FrameSize { get; init; }
    public string? FrameSha256 { get; init; }
    public string? Design { get; init; }
    public string? ReferenceVersions { get; init; }
    public string? ProgramVersion { get; init; }
    public string? Error { get; init; }

    /// <summary>First and last day of <see cref="Period"/>.</summary>
    public (DateOnly From, DateOnly To) PeriodDates => RunStore.PeriodDates(Period);

    internal static AuditRun From(AuditRunRow row) =>
        new(row.Id, row.PlanId, row.Period, row.Stage, row.Status, row.ScheduledFor, row.CreatedAt, row.StartedAt,
            row.FinishedAt, StageTiming.Parse(row.StageTimings))
        {
            Seed = row.Seed, FrameSize = row.FrameSize, FrameSha256 = row.FrameSha256, Design = row.Design,
            ReferenceVersions = row.ReferenceVersions, ProgramVersion = row.ProgramVersion, Error = row.Error,
        };
}

/// <summary>When a stage started and finished (UTC); <see cref="Duration"/> is null while it runs.</summary>
public sealed record StageTiming(DateTimeOffset Started, DateTimeOffset? Finished)
{
    public TimeSpan? Duration => Finished - Started;

    internal static IReadOnlyDictionary<string, StageTiming> Parse(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? new Dictionary<string, StageTiming>()
            : JsonSerializer.Deserialize<Dictionary<string, StageTiming>>(json) ?? [];

    internal static string Write(IReadOnlyDictionary<string, StageTiming> timings) => JsonSerializer.Serialize(timings);
}

/// <summary>What <see cref="RunStore.TryCreateRunAsync"/> did: the run for the plan and period, and whether this call created it.</summary>
public sealed record RunCreation(AuditRun Run, bool Created);

/// <summary>One drawn claim of a run's sample.</summary>
public sealed record SampleItem(string ClaimId, int FramePosition, long RandomValue, int SelectionOrder, string Stratum, bool IsSpare);

/// <summary>A finding as stored: its row id (for the rebuttal log), pass and status.</summary>
public sealed record StoredFinding(long Id, string Pass, string Status, Domain.Findings.Finding Finding);

/// <summary>A published report file.</summary>
public sealed record ReportFile(string Kind, string Path, string Sha256, long Size, DateTimeOffset CreatedAt);
