using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.Sampling;
using CodingAudit.Domain.Scoring;

namespace CodingAudit.Jobs.Pipeline;

/// <summary>Everything a run's reports show, gathered by the render stage from the database.</summary>
public sealed record RunReportInput(
    long RunId,
    AuditPlan Plan,
    AuditPeriod Period,
    SamplingFrame Frame,
    Sample Sample,
    IReadOnlyList<ClaimForReview> Reviewed,
    IReadOnlyList<Finding> Findings,
    ScoringResult Scores,
    IReadOnlyList<Coder> Coders,
    IReadOnlyList<CoderEditHits> PopulationEditHits,
    IReadOnlyList<CoderTrendPoint> Trend,
    IReadOnlyDictionary<string, string> ReferenceVersions,
    string ProgramVersion,
    DateTimeOffset GeneratedAt);

/// <summary>Full-population edit hits of one coder: claims in the frame and claims with at least one edit finding.</summary>
public sealed record CoderEditHits(string CoderId, int Claims, int ClaimsWithEditHits, IReadOnlyList<CategoryHits> ByKind);

public sealed record CategoryHits(string Kind, int Claims);

/// <summary>One coder's record accuracy in one earlier (or this) period, for the trend chart.</summary>
public sealed record CoderTrendPoint(string CoderId, string Period, double RecordAccuracy, int ClaimsReviewed);

/// <summary>A file a renderer wrote and moved into place.</summary>
public sealed record RenderedFile(string Kind, string Path);

/// <summary>Writes a run's reports (PDF, workbook, packet) into a folder, each under a temporary name first.</summary>
public interface IRunReportRenderer
{
    Task<IReadOnlyList<RenderedFile>> RenderAsync(RunReportInput input, string folder, CancellationToken cancel);
}
