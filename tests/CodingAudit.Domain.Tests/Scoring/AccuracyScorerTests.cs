using CodingAudit.Domain.Findings;
using CodingAudit.Domain.Scoring;
using CodingAudit.Domain.Statistics;
using static CodingAudit.Domain.Tests.Scoring.ScoringBuilders;

namespace CodingAudit.Domain.Tests.Scoring;

public sealed class AccuracyScorerTests
{
    [Fact]
    public void RecordAccuracy_ClaimsWithoutErrorsOverClaimsReviewed()
    {
        var claims = Enumerable.Range(1, 10).Select(i => Claim($"c{i}")).ToArray();
        var findings = new[] { Finding("c1", FindingKinds.EmLevelHigh, "99213", 1), Finding("c1", FindingKinds.Ptp, "99213", 1), Finding("c2", FindingKinds.DxUnsupported, "I10") };
        var result = AccuracyScorer.Score(claims, findings, c => 100m);
        Assert.Equal((8, 10), (result.Overall.Records.Correct, result.Overall.Records.Total));
        Assert.Equal(ClopperPearson.Interval(8, 10).Lower, result.Overall.Records.Lower, 12);
    }

    [Fact]
    public void NoEditDataFinding_IsNotAnError()
    {
        var result = AccuracyScorer.Score([Claim("c1")], [Finding("c1", FindingKinds.NoEditData, "99213", 1)], c => 50m);
        Assert.Equal(1, result.Overall.Records.Correct);
        Assert.Empty(result.ByCategory);
    }

    [Fact]
    public void DiagnosisCodeAccuracy_MissedCodeAddsToDenominatorOnly()
    {
        // Billed I10, E11.9 (2). E11.9 is changed (specificity) and N18.3 was missed: correct 1 of 3 that should have been reported.
        var claims = new[] { Claim("c1") };
        var findings = new[] { Finding("c1", FindingKinds.DxSpecificity, "E11.9"), Finding("c1", FindingKinds.DxMissed, "N18.3") };
        var card = AccuracyScorer.Score(claims, findings, c => 100m).Overall;
        Assert.Equal((1, 3), (card.DiagnosisCodes.Correct, card.DiagnosisCodes.Total));
        Assert.Equal((1, 1), (card.ProcedureCodes.Correct, card.ProcedureCodes.Total));
    }

    [Fact]
    public void DiagnosisCodeAccuracy_TwoFindingsOnOneCodeCountItOnce()
    {
        var findings = new[] { Finding("c1", FindingKinds.DxUncertain, "I10"), Finding("c1", FindingKinds.Excludes1, "i10") };
        var card = AccuracyScorer.Score([Claim("c1")], findings, c => 100m).Overall;
        Assert.Equal((1, 2), (card.DiagnosisCodes.Correct, card.DiagnosisCodes.Total));
    }

    [Fact]
    public void ProcedureCodeAccuracy_ByLine()
    {
        var claims = new[] { Claim("c1", codes: ["99214", "11042", "97110"]), Claim("c2", codes: ["99213"]) };
        var findings = new[]
        {
            Finding("c1", FindingKinds.EmLevelHigh, "99214", 1),
            Finding("c1", FindingKinds.UnitsVsTime, "97110"), // no line: matched by code
            Finding("c1", FindingKinds.Modifier, "97110", 3),
        };
        var card = AccuracyScorer.Score(claims, findings, c => 100m).Overall;
        Assert.Equal((2, 4), (card.ProcedureCodes.Correct, card.ProcedureCodes.Total));
        Assert.Equal((4, 4), (card.DiagnosisCodes.Correct, card.DiagnosisCodes.Total));
    }

    [Fact]
    public void Financial_NetAndGrossRatesOverTotalPaid()
    {
        var claims = new[] { Claim("c1"), Claim("c2"), Claim("c3") };
        var findings = new[]
        {
            Finding("c1", FindingKinds.EmLevelHigh, "99213", 1, amount: 40m),
            Finding("c2", FindingKinds.EmLevelLow, "99213", 1, amount: -10m),
        };
        var paid = new Dictionary<string, decimal> { ["c1"] = 100m, ["c2"] = 150m, ["c3"] = 250m };
        var financial = AccuracyScorer.Score(claims, findings, paid).Overall.Financial;
        Assert.Equal((500m, 40m, 10m), (financial.TotalPaid, financial.Overpayments, financial.Underpayments));
        Assert.Equal(0.06, financial.NetErrorRate!.Value, 12);
        Assert.Equal(0.10, financial.GrossErrorRate!.Value, 12);
        Assert.Equal(0.90, financial.Accuracy!.Value, 12);
    }

    [Fact]
    public void Score_MissingPaidAmount_Throws() =>
        Assert.Throws<ArgumentException>(() => AccuracyScorer.Score([Claim("c1")], [], new Dictionary<string, decimal>()));

    [Fact]
    public void Score_FindingForUnknownClaim_Throws() =>
        Assert.Throws<ArgumentException>(() => AccuracyScorer.Score([Claim("c1")], [Finding("zz", FindingKinds.Ptp, "99213", 1)], c => 1m));

    [Fact]
    public void ByCoderProviderPayer_GroupedAndOrderedByKey()
    {
        var claims = new[]
        {
            Claim("a1", coder: "B", provider: "2", payer: "X"), Claim("a2", coder: "A", provider: "1", payer: "X"),
            Claim("a3", coder: "A", provider: "2", payer: "Y"),
        };
        var result = AccuracyScorer.Score(claims, [Finding("a3", FindingKinds.Ptp, "99213", 1)], c => 10m);
        Assert.Equal(["A", "B"], result.ByCoder.Select(c => c.Key));
        Assert.Equal((1, 2), (result.ByCoder[0].Records.Correct, result.ByCoder[0].Records.Total));
        Assert.Equal(["1", "2"], result.ByProvider.Select(c => c.Key));
        Assert.Equal((1, 2), (result.ByProvider[1].Records.Correct, result.ByProvider[1].Records.Total));
        Assert.Equal(["X", "Y"], result.ByPayer.Select(c => c.Key));
        Assert.Equal(0, result.ByPayer[1].Records.Correct);
        Assert.Equal([new CategoryCount(FindingCategory.Bundling, 1, 1)], result.ByCoder[0].Categories);
    }

    [Fact]
    public void ByCategory_ClaimShareWithExactInterval()
    {
        var claims = Enumerable.Range(1, 20).Select(i => Claim($"c{i}")).ToArray();
        var findings = new[]
        {
            Finding("c1", FindingKinds.EmLevelHigh, "99213", 1, 30m), Finding("c2", FindingKinds.EmLevelHigh, "99213", 1, 25m),
            Finding("c2", FindingKinds.EmLevelLow, "99213", 1, -5m), Finding("c3", FindingKinds.DxMissed, "N18.3"),
        };
        var result = AccuracyScorer.Score(claims, findings, c => 100m);
        var em = result.ByCategory.Single(c => c.Category == FindingCategory.EmLevel);
        Assert.Equal((3, 2, 20), (em.Findings, em.ClaimErrorRate.Successes, em.ClaimErrorRate.Trials));
        Assert.Equal((55m, 5m), (em.Overpayments, em.Underpayments));
        Assert.Equal(ClopperPearson.Interval(2, 20).Upper, em.ClaimErrorRate.Upper, 12);
        Assert.Equal(1, result.ByCategory.Single(c => c.Category == FindingCategory.DiagnosisMissed).ClaimErrorRate.Successes);
    }
}
