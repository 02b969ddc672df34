namespace CodingAudit.Reports.Model;

/// <summary>
/// Everything a report shows, computed before any rendering. The PDF, workbook and packet writers only read it.
/// </summary>
/// <remarks>
/// Rates are fractions in [0, 1]. <see cref="Target"/> is the accuracy target for record accuracy (e.g. 0.95).
/// <see cref="Projection"/> is null when the design does not allow projecting (targeted/judgment samples).
/// </remarks>
public sealed record AuditReport
{
    public required string OrganisationName { get; init; }
    public required string PlanName { get; init; }
    public required ReportPeriod Period { get; init; }
    public required Audience Audience { get; init; }
    public required RunMetadata Run { get; init; }
    public required double Target { get; init; }
    public required Proportion OverallRecordAccuracy { get; init; }
    public required Proportion OverallCodeAccuracy { get; init; }
    public required FinancialSummary Financial { get; init; }
    public required IReadOnlyList<CoderResult> Coders { get; init; }
    /// <summary>Payer-edit hit rates per coder over the whole frame; empty when the run had no full-population pass.</summary>
    public IReadOnlyList<CoderEditHitRate> PopulationEditHits { get; init; } = [];
    public required IReadOnlyList<ErrorCategoryCount> ErrorCategories { get; init; }
    public required IReadOnlyList<CoderTrend> Trends { get; init; }
    public required IReadOnlyList<ReportFinding> Findings { get; init; }
    public required IReadOnlyList<SampleItem> Sample { get; init; }
    public required FrameSummary Frame { get; init; }
    public Projection? Projection { get; init; }
    public required SignOff SignOff { get; init; }
    /// <summary>SHA-256 fingerprint of the organisation's packet-signing public key, printed in the report; null before signing.</summary>
    public string? SigningKeyFingerprint { get; init; }
    /// <summary>True when patient identifiers have been pseudonymised (the external-auditor packet).</summary>
    public bool PhiMinimised { get; init; }

    /// <summary>Coders whose point estimate is below target, whether or not the interval confirms it (see <see cref="CoderResult.Status"/>).</summary>
    public IEnumerable<CoderResult> CodersBelowTarget => Coders.Where(c => c.RecordAccuracy.Value < Target);
}
