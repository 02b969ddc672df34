namespace CodingAudit.Domain.Audits;

/// <summary>The length of an audit period.</summary>
public enum PeriodGranularity
{
    Month = 0,
    Quarter = 1,
    Year = 2,
}
