namespace CodingAudit.Reports.Model;

/// <summary>A RAT-STATS appraisal of the sample projected to the frame.</summary>
/// <remarks><see cref="Kind"/> is "Variable (unrestricted)" for dollars or "Attribute" for an error count.</remarks>
public sealed record Projection
{
    public required string Kind { get; init; }
    public required long UniverseSize { get; init; }
    public required int SampleSize { get; init; }
    public required decimal SampleMean { get; init; }
    public required decimal PointEstimate { get; init; }
    public required decimal StandardErrorOfTotal { get; init; }
    /// <summary>Two-sided limits at 80%, 90% and 95% confidence.</summary>
    public required IReadOnlyList<ProjectionLimit> Limits { get; init; }
    public string? Note { get; init; }
}

/// <summary>Two-sided limits at one confidence level; precision = half-width, percent = precision / point estimate.</summary>
public sealed record ProjectionLimit(double Confidence, decimal Lower, decimal Upper, decimal Precision, double PrecisionPercent);
