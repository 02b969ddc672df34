using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class StratifiedRandomNumbersTests
{
    [Fact]
    public void Draw_SeedPerStratum_StratumHUsesSeedPlusHMinusOne()
    {
        var results = StratifiedRandomNumbers.Draw(12345, [new StratumRequest("A", 1, 1000, 10, 4), new StratumRequest("B", 101, 200, 5)]);
        Assert.Equal(7406, results[0].Numbers.Sum);
        Assert.Equal(12346m, results[1].Seed);
        Assert.Equal(RatStatsRandomNumbers.Draw(12346, 101, 200, 5).SelectionOrder, results[1].Numbers.SelectionOrder);
    }

    [Fact]
    public void Draw_MatchesTheSamplersPerCoderStrata()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(90, "A", "B", "C"));
        var sample = Sampler.Draw(frame, new PerCoderDesign(6, 2), 4321);
        var numbers = StratifiedRandomNumbers.Draw(4321, sample.Strata.Select(s => new StratumRequest(s.Name, 1, s.FrameSize, s.SampleSize, s.Spares)).ToArray());
        foreach (var n in numbers)
        {
            Assert.Equal(n.Numbers.Sample.Select(x => x.Value), sample.Items.Where(i => i.Stratum == n.Stratum.Name).Select(i => i.RandomNumber!.Value));
            Assert.Equal(n.Numbers.Spares.Select(x => x.Value), sample.Spares.Where(i => i.Stratum == n.Stratum.Name).Select(i => i.RandomNumber!.Value));
        }
    }

    [Fact]
    public void Draw_SingleStream_OnlyFirstSeedRecorded()
    {
        var results = StratifiedRandomNumbers.Draw(9, [new StratumRequest("A", 1, 50, 3), new StratumRequest("B", 1, 50, 3)], StratumSeeding.SingleStream);
        Assert.Equal((9m, (decimal?)null), (results[0].Seed!.Value, results[1].Seed));
        Assert.NotEqual(results[0].Numbers.SelectionOrder, results[1].Numbers.SelectionOrder);
    }

    [Fact]
    public void Draw_DuplicateStratum_Throws() =>
        Assert.Throws<ArgumentException>(() => StratifiedRandomNumbers.Draw(9, [new StratumRequest("A", 1, 5, 1), new StratumRequest("A", 1, 5, 1)]));
}
