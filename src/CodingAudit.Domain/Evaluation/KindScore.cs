namespace CodingAudit.Domain.Evaluation;

/// <summary>Precision and recall of one finding kind. Precision is null with no findings, recall null with no truth.</summary>
public sealed record KindScore(string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}
