namespace CodingAudit.Domain.Scoring;

/// <summary>All scores of one group of reviewed claims (a coder, a provider, a payer, or everything).</summary>
/// <remarks><see cref="Dimension"/> is "overall", "coder", "provider" or "payer"; <see cref="Key"/> the coder id, NPI or payer id ("all" overall).</remarks>
public sealed record ScoreCard(
    string Dimension,
    string Key,
    int ClaimsReviewed,
    AccuracyRate Records,
    AccuracyRate DiagnosisCodes,
    AccuracyRate ProcedureCodes,
    FinancialAccuracy Financial,
    IReadOnlyList<CategoryCount> Categories);
