using CodingAudit.Domain.Scoring;

namespace CodingAudit.Domain.Tests.Scoring;

public sealed class TargetStatusTests
{
    [Fact]
    public void TenOfTenCorrect_IsInsufficientSample()
    {
        // [0.6915, 1] contains 0.95 and is far wider than 0.10.
        var rate = AccuracyRate.Of(10, 10, ScoringOptions.Default);
        Assert.Equal(TargetStatus.InsufficientSample, rate.Status);
        Assert.Equal("insufficient sample", rate.StatusText);
    }

    [Fact]
    public void SevenOfTen_IsBelowTarget()
    {
        // Upper bound 0.9333 < 0.95.
        var rate = AccuracyRate.Of(7, 10, ScoringOptions.Default);
        Assert.Equal(TargetStatus.BelowTarget, rate.Status);
        Assert.True(rate.Upper < 0.95);
    }

    [Fact]
    public void HundredOfHundred_MeetsTarget()
    {
        // Lower bound 0.9638 >= 0.95.
        Assert.Equal(TargetStatus.MeetsTarget, AccuracyRate.Of(100, 100, ScoringOptions.Default).Status);
    }

    [Fact]
    public void NarrowIntervalAroundTarget_IsConsistentWithTarget()
    {
        // 950/1000: interval about [0.935, 0.963], width < 0.10, contains 0.95.
        Assert.Equal(TargetStatus.ConsistentWithTarget, AccuracyRate.Of(950, 1000, ScoringOptions.Default).Status);
    }

    [Fact]
    public void NothingReviewed_IsInsufficientSample() =>
        Assert.Equal(TargetStatus.InsufficientSample, AccuracyRate.Of(0, 0, ScoringOptions.Default).Status);

    [Fact]
    public void WiderDecisionWidth_TurnsInsufficientIntoConsistent() =>
        Assert.Equal(TargetStatus.ConsistentWithTarget, AccuracyRate.Of(10, 10, new ScoringOptions(maxDecisionWidth: 0.5)).Status);

    [Fact]
    public void VerdictConfidence_IsOneSidedLevelOfTheInterval() =>
        Assert.Equal(0.975, ScoringOptions.Default.VerdictConfidence, 12);

    [Fact]
    public void Describe_BelowTarget_StatesConfidence() =>
        Assert.Equal("70.0% (7/10), 95% CI 34.8%-93.3%: below target 95.0% with 97.5% confidence",
            AccuracyRate.Of(7, 10, ScoringOptions.Default).Describe());

    [Fact]
    public void Describe_TenOfTen_InsufficientSample() =>
        Assert.Equal("100.0% (10/10), 95% CI 69.2%-100.0%: insufficient sample to judge against 95.0%",
            AccuracyRate.Of(10, 10, ScoringOptions.Default).Describe());
}
