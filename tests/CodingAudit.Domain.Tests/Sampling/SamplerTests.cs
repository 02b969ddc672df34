using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class SamplerTests
{
    [Fact]
    public void SimpleRandom_ItemsAreTheRatStatsNumbersAsFramePositions()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(1000));
        var sample = Sampler.Draw(frame, new SimpleRandomDesign(count: 10, spares: 4), 12345);
        Assert.Equal([9, 236, 337, 340, 346, 497, 556, 641, 658, 884], sample.Items.Select(i => i.FramePosition));
        Assert.All(sample.Items, i => Assert.Equal(frame.At(i.FramePosition).ClaimId, i.ClaimId));
        Assert.Equal([404, 624, 927, 947], sample.Spares.Select(i => i.FramePosition));
        Assert.Equal(1, sample.Items.Single(i => i.FramePosition == 497).SelectionOrder);
        Assert.Equal((12345m, 1000, frame.Hash), (sample.Seed, sample.FrameSize, sample.FrameHash));
        Assert.True(sample.IsProjectable);
    }

    [Fact]
    public void SimpleRandom_Percent_RoundsUp()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(101));
        Assert.Equal(11, Sampler.Draw(frame, new SimpleRandomDesign(percent: 10), 7).Items.Count);
    }

    [Fact]
    public void SimpleRandom_CountAboveFrame_TakesEveryClaim()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(6));
        var sample = Sampler.Draw(frame, new SimpleRandomDesign(count: 10, spares: 3), 7);
        Assert.Equal(6, sample.Items.Count);
        Assert.Empty(sample.Spares);
    }

    [Fact]
    public void Draw_SameInputs_SameSample()
    {
        var design = new PerCoderDesign(10, 2);
        var first = Sampler.Draw(SamplingFrame.FromClaims(FrameClaims.Many(300, "A", "B", "C")), design, 4242);
        var second = Sampler.Draw(SamplingFrame.FromClaims(FrameClaims.Many(300, "A", "B", "C").Reverse()), design, 4242);
        Assert.Equal(first.Items, second.Items);
        Assert.Equal(first.Spares, second.Spares);
        Assert.Equal(first.Strata, second.Strata);
    }

    [Fact]
    public void PerCoder_TenEachAndAllOfASmallCoder()
    {
        var claims = FrameClaims.Many(200, "A", "B").Concat([FrameClaims.Claim("S1", "SMALL"), FrameClaims.Claim("S2", "SMALL", day: 3)]);
        var frame = SamplingFrame.FromClaims(claims);
        var sample = Sampler.Draw(frame, new PerCoderDesign(10, 1), 99);
        Assert.Equal(10, sample.Items.Count(i => i.Stratum == "A"));
        Assert.Equal(10, sample.Items.Count(i => i.Stratum == "B"));
        Assert.Equal(["S1", "S2"], sample.Items.Where(i => i.Stratum == "SMALL").Select(i => i.ClaimId).Order());
        Assert.All(sample.Items, i => Assert.Equal(i.Stratum, frame.At(i.FramePosition).CoderId));
        Assert.Equal(["A", "B", "SMALL"], sample.Strata.Select(s => s.Name));
        Assert.Equal([99m, 100m, 101m], sample.Strata.Select(s => s.Seed!.Value));
    }

    [Fact]
    public void PerCoder_EachStratumIsTheSingleStageDrawWithItsSeed()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(200, "A", "B"));
        var sample = Sampler.Draw(frame, new PerCoderDesign(10), 500);
        var coderB = frame.Items.Where(i => i.CoderId == "B").ToArray();
        var stratumB = sample.Strata.Single(s => s.Name == "B");
        var redraw = RatStatsRandomNumbers.Draw(stratumB.Seed!.Value, 1, stratumB.FrameSize, 10);
        Assert.Equal(redraw.Sample.Select(n => coderB[(int)n.Value - 1].ClaimId),
            sample.Items.Where(i => i.Stratum == "B").Select(i => i.ClaimId));
        Assert.Equal(redraw.Sample.Select(n => n.Value), sample.Items.Where(i => i.Stratum == "B").Select(i => i.RandomNumber!.Value));
    }

    [Fact]
    public void Stratified_SingleStream_ContinuesTheGeneratorAcrossStrata()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(100, "A", "B"));
        var design = new StratifiedDesign(StratifyBy.Coder, countPerStratum: 5, seeding: StratumSeeding.SingleStream);
        var sample = Sampler.Draw(frame, design, 321);
        var generator = new RatStatsGenerator(321);
        var a = RatStatsRandomNumbers.Draw(generator, 321, 1, 50, 5, 0);
        var b = RatStatsRandomNumbers.Draw(generator, 321, 1, 50, 5, 0);
        Assert.Equal(a.Sample.Select(n => n.Value), sample.Items.Where(i => i.Stratum == "A").Select(i => i.RandomNumber!.Value));
        Assert.Equal(b.Sample.Select(n => n.Value), sample.Items.Where(i => i.Stratum == "B").Select(i => i.RandomNumber!.Value));
        Assert.Null(sample.Strata[1].Seed);
    }

    [Fact]
    public void Stratified_DollarBoundaries_LowerInclusiveUpperExclusive()
    {
        // Charges 10, 20, ..., 500.
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(50));
        var design = new StratifiedDesign(StratifyBy.Dollar, [100m, 250m], countPerStratum: 3);
        var sample = Sampler.Draw(frame, design, 11);
        Assert.Equal(["under 100.00", "100.00 to under 250.00", "250.00 and over"], sample.Strata.Select(s => s.Name));
        Assert.Equal([9, 15, 26], sample.Strata.Select(s => s.FrameSize));
        Assert.Equal((100m, 250m), (sample.Strata[1].LowerBound!.Value, sample.Strata[1].UpperBound!.Value));
        foreach (var item in sample.Items)
        {
            var amount = frame.At(item.FramePosition).Amount;
            var expected = amount < 100m ? 0 : amount < 250m ? 1 : 2;
            Assert.Equal(sample.Strata[expected].Name, item.Stratum);
        }
        Assert.Equal(9, sample.Items.Count);
    }

    [Fact]
    public void Stratified_EmptyDollarStratum_IsKeptWithSizeZero()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(5));
        var sample = Sampler.Draw(frame, new StratifiedDesign(StratifyBy.Dollar, [1_000m], countPerStratum: 2), 3);
        Assert.Equal([5, 0], sample.Strata.Select(s => s.FrameSize));
        Assert.Equal(2, sample.Items.Count);
    }

    [Fact]
    public void StratifiedDesign_DecreasingBoundaries_Throw() =>
        Assert.Throws<ArgumentException>(() => new StratifiedDesign(StratifyBy.Dollar, [500m, 100m], countPerStratum: 1));

    [Fact]
    public void Targeted_TakesClaimsHittingAnyFilterAndIsJudgment()
    {
        var frame = SamplingFrame.FromClaims(
        [
            FrameClaims.Claim("L5", code: "99215"),
            FrameClaims.Claim("M25", code: "99213", modifiers: ["25"]),
            FrameClaims.Claim("XS", code: "11042", modifiers: ["XS"]),
            FrameClaims.Claim("BIG", charge: 5_000m),
            FrameClaims.Claim("EDIT"),
            FrameClaims.Claim("PLAIN"),
        ]);
        var design = new TargetedDesign([TargetedDesign.EmLevel5, TargetedDesign.Modifier25, TargetedDesign.Modifier59,
            TargetedDesign.HighDollar, TargetedDesign.PayerEdit], highDollarThreshold: 2_500m);
        var sample = Sampler.Draw(frame, design, 1, new HashSet<string> { "EDIT" });
        Assert.Equal(["BIG", "EDIT", "L5", "M25", "XS"], sample.ClaimIds.Order(StringComparer.Ordinal));
        Assert.True(sample.IsJudgment);
        Assert.False(sample.IsProjectable);
        Assert.Equal([TargetedDesign.Modifier59], sample.Items.Single(i => i.ClaimId == "XS").TargetHits);
        Assert.All(sample.Items, i => Assert.Null(i.RandomNumber));
    }

    [Fact]
    public void Targeted_MaxCount_DrawsAtRandomAmongMatches()
    {
        var claims = Enumerable.Range(1, 30).Select(i => FrameClaims.Claim($"E{i:D2}", code: "99205", day: 1 + i % 28))
            .Concat(Enumerable.Range(1, 30).Select(i => FrameClaims.Claim($"N{i:D2}", day: 1 + i % 28)));
        var frame = SamplingFrame.FromClaims(claims);
        var sample = Sampler.Draw(frame, new TargetedDesign([TargetedDesign.EmLevel5], maxCount: 5), 77);
        Assert.Equal(5, sample.Items.Count);
        Assert.All(sample.Items, i => Assert.StartsWith("E", i.ClaimId));
        Assert.All(sample.Items, i => Assert.InRange(i.RandomNumber!.Value, 1, 30));
        Assert.Equal(30, sample.Strata[0].FrameSize);
    }

    [Fact]
    public void Targeted_UnknownFilter_Throws() =>
        Assert.Throws<ArgumentException>(() => new TargetedDesign(["level-9"]));

    [Fact]
    public void Targeted_CodePrefixMatchesLinesAndDiagnoses()
    {
        var frame = SamplingFrame.FromClaims([FrameClaims.Claim("D", diagnoses: ["E11.9"]), FrameClaims.Claim("N")]);
        Assert.Equal(["D"], Sampler.Draw(frame, new TargetedDesign(["code:e11"]), 1).ClaimIds);
        Assert.Equal(["D"], Sampler.Draw(frame, new TargetedDesign(["code:E119"]), 1).ClaimIds);
    }

    [Fact]
    public void OigDiscovery_FiftyAtRandom()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(800));
        var sample = Sampler.Draw(frame, new OigDiscoveryDesign(), 20_240_301);
        Assert.Equal(50, sample.Items.Count);
        Assert.Equal(RatStatsRandomNumbers.Draw(20_240_301, 1, 800, 50).Sample.Select(n => (int)n.Value), sample.Items.Select(i => i.FramePosition));
    }

    [Fact]
    public void SampleSeed_Derive_IsStableAndInRange()
    {
        var seed = SampleSeed.Derive("monthly-all-coders", new DateOnly(2024, 3, 1));
        Assert.Equal(seed, SampleSeed.Derive("monthly-all-coders", new DateOnly(2024, 3, 1)));
        Assert.NotEqual(seed, SampleSeed.Derive("monthly-all-coders", new DateOnly(2024, 4, 1)));
        Assert.InRange(seed, 1m, 999_999m);
    }
}
