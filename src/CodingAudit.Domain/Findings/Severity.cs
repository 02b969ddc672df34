namespace CodingAudit.Domain.Findings;

/// <summary>How much a finding matters to payment and compliance.</summary>
public enum Severity
{
    /// <summary>Worth education; no payment effect.</summary>
    Low = 0,
    /// <summary>Wrong coding that may change payment or risk adjustment.</summary>
    Medium = 1,
    /// <summary>A payment error or a rule payers deny on.</summary>
    High = 2,
}
