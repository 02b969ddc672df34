using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Tests.Statistics;

public sealed class AttributeAppraisalTests
{
    [Fact]
    public void Appraise_UserGuideExample_Reproduces1729To2403At90()
    {
        var result = AttributeAppraisal.Appraise(10_000, 400, 82);
        Assert.Equal(2050, result.PointEstimate, 9);
        var ninety = result.At(0.90);
        Assert.Equal(1729, ninety.Lower);
        Assert.Equal(2403, ninety.Upper);
    }

    [Fact]
    public void Appraise_LimitsSatisfyTheirDefinitionAtEveryLevel()
    {
        var result = AttributeAppraisal.Appraise(10_000, 400, 82);
        foreach (var level in result.Levels)
        {
            var tail = (1 - level.Confidence) / 2;
            Assert.True(HypergeometricDistribution.Cdf(82, 10_000, level.Upper, 400) > tail);
            Assert.False(HypergeometricDistribution.Cdf(82, 10_000, level.Upper + 1, 400) > tail);
            Assert.True(HypergeometricDistribution.Survival(82, 10_000, level.Lower, 400) > tail);
            Assert.False(HypergeometricDistribution.Survival(82, 10_000, level.Lower - 1, 400) > tail);
        }
        Assert.True(result.At(0.80).Upper < result.At(0.90).Upper && result.At(0.90).Upper < result.At(0.95).Upper);
    }

    [Fact]
    public void Appraise_NoErrorsOneSided_LowerIsZeroAndUpperTighterThanTwoSided()
    {
        var oneSided = AttributeAppraisal.Appraise(5_000, 100, 0, oneSided: true);
        var twoSided = AttributeAppraisal.Appraise(5_000, 100, 0);
        Assert.Equal(0, oneSided.At(0.90).Lower);
        Assert.True(oneSided.At(0.90).Upper < twoSided.At(0.90).Upper);
        Assert.Equal(twoSided.At(0.80).Upper, oneSided.At(0.90).Upper);
    }

    [Fact]
    public void Appraise_WholeUniverseSampled_LimitsEqualErrors()
    {
        var result = AttributeAppraisal.Appraise(50, 50, 7);
        Assert.All(result.Levels, l => Assert.Equal((7L, 7L), (l.Lower, l.Upper)));
    }

    [Fact]
    public void Appraise_ErrorsAboveSample_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AttributeAppraisal.Appraise(100, 10, 11));

    [Fact]
    public void StratifiedAttribute_OverallIsSumOfStrataWithNormalLimits()
    {
        var result = StratifiedAttributeAppraisal.Appraise([new AttributeStratum("low", 1_000, 50, 5), new AttributeStratum("high", 200, 40, 10)]);
        Assert.Equal(1_000 * 0.1 + 200 * 0.25, result.PointEstimate, 9);
        var variance = 1_000.0 * 1_000 * (1 - 50.0 / 1_000) * 0.1 * 0.9 / 49 + 200.0 * 200 * (1 - 40.0 / 200) * 0.25 * 0.75 / 39;
        Assert.Equal(Math.Sqrt(variance), result.StandardError, 9);
        var ninety = result.Levels.Single(l => l.Confidence == 0.90);
        Assert.Equal(result.PointEstimate - 1.644853626951 * result.StandardError, ninety.Lower, 6);
        Assert.Equal(2, result.Strata.Count);
    }
}
