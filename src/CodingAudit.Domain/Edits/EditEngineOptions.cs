namespace CodingAudit.Domain.Edits;

/// <summary>Switches for the edit engine; the defaults run every rule.</summary>
public sealed record EditEngineOptions
{
    /// <summary>Payer ids coverage (LCD) lists apply to; null applies them to every payer.</summary>
    public IReadOnlySet<string>? CoveragePayers { get; init; }

    /// <summary>Report "no edit data" findings (the default); turning it off hides gaps, so only benchmarks do.</summary>
    public bool ReportNoEditData { get; init; } = true;

    public static EditEngineOptions Default { get; } = new();
}
