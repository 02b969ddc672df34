namespace CodingAudit.Domain.Scoring;

/// <summary>The scores of an audit: overall, by coder, provider and payer (each ordered by key), and by error category.</summary>
public sealed record ScoringResult(
    ScoringOptions Options,
    ScoreCard Overall,
    IReadOnlyList<ScoreCard> ByCoder,
    IReadOnlyList<ScoreCard> ByProvider,
    IReadOnlyList<ScoreCard> ByPayer,
    IReadOnlyList<CategoryScore> ByCategory,
    IReadOnlyList<ClaimScore> Claims)
{
    /// <summary>The formulas, worded for a report's methodology section.</summary>
    public static IReadOnlyList<string> Formulas { get; } =
    [
        "Record-over-record accuracy = claims with no error finding / claims reviewed.",
        "Code-over-code accuracy (AHIMA), diagnosis and procedure codes apart = correct codes / codes that should have been reported, where codes that should have been reported = billed codes + missed codes, and a billed code is incorrect when a finding adds, deletes, changes or re-sequences it.",
        "Net financial error rate = (overpayments - underpayments) / total paid; gross financial error rate = (overpayments + underpayments) / total paid.",
        "Intervals are exact (Clopper-Pearson) two-sided intervals. Below target: the interval's upper bound is under the target. Meets target: its lower bound is at or above the target. Insufficient sample: the interval contains the target and is wider than the stated width. Otherwise: consistent with target.",
    ];
}
