using CodingAudit.Domain.Sampling;
using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class OigClaimsReviewTests
{
    [Fact]
    public void EvaluateDiscovery_BelowFivePercent_NoFullSample()
    {
        var sample = Enumerable.Range(1, 50).Select(i => new ReviewedPayment($"c{i}", 100m, i <= 2 ? 100m : 0m, 0m)).ToArray();
        var result = OigClaimsReview.EvaluateDiscovery(sample, 5_000);
        Assert.Equal(0.04, result.NetErrorRate, 12);
        Assert.False(result.FullSampleRequired);
        Assert.Null(result.FullSampleSize);
    }

    [Fact]
    public void EvaluateDiscovery_FivePercentOrMore_SizesFullSampleAt90And25Percent()
    {
        // Net: (400 + 100 - 50) / 5000 = 9%.
        var sample = Enumerable.Range(1, 50).Select(i => new ReviewedPayment($"c{i}", 100m,
            i switch { 1 => 400m, 2 => 100m, _ => 0m }, i == 3 ? 50m : 0m)).ToArray();
        var result = OigClaimsReview.EvaluateDiscovery(sample, 5_000);
        Assert.Equal(0.09, result.NetErrorRate, 12);
        Assert.True(result.FullSampleRequired);
        var expected = SampleSize.VariableFromProbe(sample.Select(s => (double)s.Difference).ToArray(), 5_000, 0.90, 0.25);
        Assert.Equal(expected.Size, result.FullSampleSize!.Size);
        Assert.True(result.FullSampleSize.Size > 50);
    }
}
