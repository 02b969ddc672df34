using CodingAudit.Domain.Scoring;

namespace CodingAudit.Jobs.Pipeline;

/// <summary>The part of a run's scores kept in the database for status displays and later trends.</summary>
public sealed record ScoreSummary(int ClaimsReviewed, double RecordAccuracy, double RecordLower, double RecordUpper,
    IReadOnlyList<CoderScoreSummary> Coders)
{
    public static ScoreSummary From(ScoringResult scores) => new(
        scores.Overall.ClaimsReviewed, scores.Overall.Records.Rate, scores.Overall.Records.Lower, scores.Overall.Records.Upper,
        scores.ByCoder.Select(c => new CoderScoreSummary(c.Key, c.ClaimsReviewed, c.Records.Rate, c.Records.Lower,
            c.Records.Upper, c.Records.StatusText)).ToList());
}

public sealed record CoderScoreSummary(string CoderId, int ClaimsReviewed, double RecordAccuracy, double Lower, double Upper, string Status);
