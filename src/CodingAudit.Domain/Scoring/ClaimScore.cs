namespace CodingAudit.Domain.Scoring;

/// <summary>The counts one reviewed claim contributes to the scores.</summary>
/// <remarks>
/// Codes that should have been reported = billed + missed. Correct = billed − billed codes in error. A billed code is
/// in error when a finding names it (added, deleted, changed, or moved from first-listed position); a missed code adds
/// to the denominator only.
/// </remarks>
public sealed record ClaimScore(
    string ClaimId,
    bool HasError,
    int DiagnosisBilled,
    int DiagnosisMissed,
    int DiagnosisInError,
    int ProcedureBilled,
    int ProcedureInError,
    decimal Paid,
    decimal Overpayment,
    decimal Underpayment,
    IReadOnlyList<string> ErrorCategories)
{
    public int DiagnosisShouldHaveBeenReported => DiagnosisBilled + DiagnosisMissed;
    public int DiagnosisCorrect => DiagnosisBilled - DiagnosisInError;
    public int ProcedureCorrect => ProcedureBilled - ProcedureInError;
}
