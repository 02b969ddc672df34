using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Tests.Statistics;

public sealed class SampleSizeTests
{
    [Fact]
    public void Attribute_HalfRateFivePointsAt95_IsTextbook385ForHugeUniverse() =>
        Assert.Equal(385, SampleSize.Attribute(1_000_000_000, 0.5, 0.05, 0.95).Size);

    [Fact]
    public void Attribute_SmallUniverse_AppliesFinitePopulationCorrection()
    {
        var result = SampleSize.Attribute(500, 0.5, 0.05, 0.95);
        // n0 = 384.15; n = 384.15 / (1 + 383.15/500) = 217.5 -> 218.
        Assert.Equal(218, result.Size);
    }

    [Fact]
    public void Variable_FromDatasrsProbe_At90And25Percent()
    {
        var values = TestFiles.DatasrsDifferences();
        var result = SampleSize.VariableFromProbe(values, 10_000, 0.90, 0.25);
        // n0 = (10000 * 1.644854 * 48.2519 / (0.25 * 706000))^2 = 20.22; with the correction 20.18 -> 21.
        Assert.Equal(21, result.Size);
    }

    [Fact]
    public void Variable_NeverExceedsUniverse() =>
        Assert.Equal(40, SampleSize.Variable(40, 1_000, 1, 0.95).Size);
}
