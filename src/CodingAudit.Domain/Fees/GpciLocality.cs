namespace CodingAudit.Domain.Fees;

/// <summary>Geographic practice cost indices of one Medicare locality.</summary>
public sealed record GpciLocality(string Mac, string State, string Locality, string Name, decimal Work, decimal PracticeExpense,
    decimal Malpractice);
