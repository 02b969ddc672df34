namespace CodingAudit.Reports.Model;

/// <summary>Dollar impact of the findings in the sample.</summary>
/// <remarks>Net financial error rate = (overpayments - underpayments) / total paid in the sample (OIG CIA convention).</remarks>
public sealed record FinancialSummary(decimal Overpayments, decimal Underpayments, decimal TotalPaidInSample)
{
    public decimal Net => Overpayments - Underpayments;
    public double NetErrorRate => TotalPaidInSample == 0 ? 0 : (double)(Net / TotalPaidInSample);
}
