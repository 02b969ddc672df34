namespace CodingAudit.Domain.Documentation.Evaluation;

/// <summary>Counts and rates for one finding kind. Precision is null with nothing predicted, recall with nothing expected.</summary>
public sealed record KindScore(string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
