using CodingAudit.Domain.Evaluation;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Tests.Evaluation;

public class FindingScorerTests
{
    private static Finding F(string claim, string kind, int? line = null) =>
        new(claim, line, kind, "R", Severity.High, "X", null, "m", "c");

    [Fact]
    public void Score_MatchesOnClaimKindAndLineWhenBothGiveIt()
    {
        Finding[] found = [F("C1", FindingKinds.Ptp, 2), F("C2", FindingKinds.Ptp, 3), F("C3", FindingKinds.Ptp), F("C4", FindingKinds.Mue, 1)];
        ExpectedFinding[] truth = [new("C1", FindingKinds.Ptp, 2), new("C2", FindingKinds.Ptp, 2), new("C3", FindingKinds.Ptp, 5), new("C5", FindingKinds.Mue)];

        var scores = FindingScorer.Score(found, truth).ToDictionary(s => s.Kind);

        Assert.Equal((2, 1, 1), (scores["ptp"].TruePositives, scores["ptp"].FalsePositives, scores["ptp"].FalseNegatives));
        Assert.Equal(2.0 / 3, scores["ptp"].Precision);
        Assert.Equal((0, 1, 1), (scores["mue"].TruePositives, scores["mue"].FalsePositives, scores["mue"].FalseNegatives));
        Assert.Equal(0.0, scores["mue"].Recall);
    }

    [Fact]
    public void Score_EachFindingMatchesOnce()
    {
        var scores = FindingScorer.Score([F("C1", FindingKinds.Excludes1)], [new("C1", FindingKinds.Excludes1), new("C1", FindingKinds.Excludes1)]);
        var s = Assert.Single(scores);
        Assert.Equal((1, 0, 1), (s.TruePositives, s.FalsePositives, s.FalseNegatives));
    }

    [Fact]
    public void Score_IgnoresNoEditDataAndKindsOutsideTheFilter()
    {
        Finding[] found = [F("C1", FindingKinds.NoEditData), F("C1", FindingKinds.EmLevelHigh, 1), F("C2", FindingKinds.Ptp, 1)];
        var scores = FindingScorer.Score(found, [new("C2", FindingKinds.Ptp, 1)], new HashSet<string>([FindingKinds.Ptp]));

        var s = Assert.Single(scores);
        Assert.Equal(FindingKinds.Ptp, s.Kind);
        Assert.Equal(1.0, s.Precision);
        Assert.Equal(1.0, s.Recall);
    }
}
