namespace CodingAudit.Domain.Scoring;

/// <summary>Dollar error of a group of reviewed claims.</summary>
/// <remarks>
/// Overpayments sum the positive finding amounts, underpayments the absolute negative ones.
/// Net financial error rate = (overpayments − underpayments) / total paid; gross = (overpayments + underpayments) /
/// total paid; financial accuracy = 1 − gross. Rates are null when nothing was paid.
/// </remarks>
public sealed record FinancialAccuracy(decimal TotalPaid, decimal Overpayments, decimal Underpayments)
{
    public decimal NetError => Overpayments - Underpayments;
    public double? NetErrorRate => TotalPaid > 0 ? (double)(NetError / TotalPaid) : null;
    public double? GrossErrorRate => TotalPaid > 0 ? (double)((Overpayments + Underpayments) / TotalPaid) : null;
    public double? Accuracy => GrossErrorRate is { } gross ? 1 - gross : null;
}
