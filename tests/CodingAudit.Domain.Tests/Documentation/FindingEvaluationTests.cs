using CodingAudit.Domain.Documentation.Evaluation;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Tests.Documentation;

public sealed class FindingEvaluationTests
{
    private static Finding F(string claim, string kind, int? line = null, string code = "X") =>
        new(claim, line, kind, "R", Severity.Low, code, null, "", "");

    [Fact]
    public void Evaluate_MatchesOnClaimKindAndLine()
    {
        var predicted = new[] { F("C1", FindingKinds.EmLevelHigh, 1), F("C2", FindingKinds.EmLevelHigh, 2), F("C3", FindingKinds.DxMissed) };
        var truth = new[] { new ExpectedFinding("C1", FindingKinds.EmLevelHigh, 1), new ExpectedFinding("C2", FindingKinds.EmLevelHigh, 1),
            new ExpectedFinding("C3", FindingKinds.DxMissed, null, "X"), new ExpectedFinding("C4", FindingKinds.DxMissed) };
        var e = FindingEvaluation.Evaluate(predicted, truth, new HashSet<string> { "C1", "C2", "C3", "C4" }, FindingKinds.DocumentationKinds);
        Assert.Equal((1, 1, 1), (e[FindingKinds.EmLevelHigh]!.TruePositives, e[FindingKinds.EmLevelHigh]!.FalsePositives, e[FindingKinds.EmLevelHigh]!.FalseNegatives));
        Assert.Equal((1, 0, 1), (e[FindingKinds.DxMissed]!.TruePositives, e[FindingKinds.DxMissed]!.FalsePositives, e[FindingKinds.DxMissed]!.FalseNegatives));
        Assert.Equal(0.5, e[FindingKinds.DxMissed]!.Recall);
    }

    [Fact]
    public void Evaluate_PairsByCodeFirstWhenAClaimHasSeveral()
    {
        var predicted = new[] { F("C1", FindingKinds.DxUnsupported, code: "A"), F("C1", FindingKinds.DxUnsupported, code: "B") };
        var truth = new[] { new ExpectedFinding("C1", FindingKinds.DxUnsupported, null, "B") };
        var e = FindingEvaluation.Evaluate(predicted, truth, new HashSet<string> { "C1" }, FindingKinds.DocumentationKinds);
        Assert.Equal("A", Assert.Single(e.FalsePositives).Code);
    }

    [Fact]
    public void Evaluate_ClaimsOutsideTheInputDoNotCount()
    {
        var e = FindingEvaluation.Evaluate([], [new ExpectedFinding("C9", FindingKinds.DxMissed)], new HashSet<string> { "C1" }, FindingKinds.DocumentationKinds);
        Assert.Null(e[FindingKinds.DxMissed]!.Recall);
    }
}
