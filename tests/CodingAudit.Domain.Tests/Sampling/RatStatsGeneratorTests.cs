using CodingAudit.Domain.Sampling;
using CsCheck;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class RatStatsGeneratorTests
{
    [Fact]
    public void Draw_CompanionManualExample_ReproducesSampleSparesAndSum()
    {
        var result = RatStatsRandomNumbers.Draw(12345, 1, 1000, 10, 4);
        Assert.Equal([9L, 236, 337, 340, 346, 497, 556, 641, 658, 884], result.Sample.Select(s => s.Value));
        Assert.Equal([404L, 624, 927, 947], result.Spares.Select(s => s.Value));
        Assert.Equal([11, 12, 13, 14], result.Spares.Select(s => s.Order));
        Assert.Equal(1, result.Sample.Single(s => s.Value == 497).Order);
        Assert.Equal(2, result.Sample.Single(s => s.Value == 9).Order);
        Assert.Equal(3, result.Sample.Single(s => s.Value == 556).Order);
        Assert.Equal(7406, result.Sum);
        Assert.Equal(497, result.SelectionOrder[0]);
    }

    [Fact]
    public void EffectiveState_FoldsHighWordOfTheSeed()
    {
        // 12345.0 = 0x40C81C80_00000000: (0x1C80 ^ 0x40C8) << 8 | (3758214 & 0xFF).
        Assert.Equal(((0x1C80 ^ 0x40C8) << 8) | 0x86, RatStatsGenerator.EffectiveState(12345));
    }

    [Fact]
    public void EffectiveState_SeedsDifferingOnlyInLowBits_CollideAsInRatStats() =>
        Assert.Equal(RatStatsGenerator.EffectiveState(100_000_000_001m), RatStatsGenerator.EffectiveState(100_000_000_002m));

    [Fact]
    public void Seed_RoundedToTwoDecimals() =>
        Assert.Equal(RatStatsRandomNumbers.Draw(12.344m, 1, 500, 5).SelectionOrder, RatStatsRandomNumbers.Draw(12.34m, 1, 500, 5).SelectionOrder);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000_000_000_000)]
    public void Construction_SeedOutOfRange_Throws(decimal seed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatStatsGenerator(seed));

    [Fact]
    public void Draw_MoreThanTheRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatStatsRandomNumbers.Draw(1, 1, 10, 8, 3));

    [Fact]
    public void Draw_WholeRange_ReturnsEveryValueOnce() =>
        Assert.Equal(Enumerable.Range(5, 20).Select(i => (long)i), RatStatsRandomNumbers.Draw(777, 5, 24, 20).Sample.Select(s => s.Value));

    private static readonly Gen<(decimal Seed, long Low, long High, int Count, int Spares)> Requests =
        Gen.Select(Gen.Int[1, 999_999], Gen.Long[-1000, 1000], Gen.Long[0, 5000])
            .SelectMany(t => Gen.Int[0, (int)Math.Min(60, t.Item3)].SelectMany(count =>
                Gen.Int[0, (int)Math.Min(10, t.Item3 - count)].Select(spares =>
                    ((decimal)t.Item1, t.Item2, t.Item2 + t.Item3, count, spares))));

    [Fact]
    public void Draw_NoDuplicatesWithinRangeAndSampleSorted()
    {
        Requests.Sample(r =>
        {
            var result = RatStatsRandomNumbers.Draw(r.Seed, r.Low, r.High, r.Count, r.Spares);
            var all = result.SelectionOrder;
            return all.Count == r.Count + r.Spares
                && all.Distinct().Count() == all.Count
                && all.All(v => v >= r.Low && v <= r.High)
                && result.Sample.Select(s => s.Value).SequenceEqual(all.Take(r.Count).Order())
                && result.Sample.Select(s => s.Order).Order().SequenceEqual(Enumerable.Range(1, r.Count))
                && result.Spares.Select(s => s.Value).SequenceEqual(all.Skip(r.Count));
        }, iter: 300);
    }

    [Fact]
    public void Draw_SameSeed_SameNumbers()
    {
        Requests.Sample(r => RatStatsRandomNumbers.Draw(r.Seed, r.Low, r.High, r.Count, r.Spares).SelectionOrder
            .SequenceEqual(RatStatsRandomNumbers.Draw(r.Seed, r.Low, r.High, r.Count, r.Spares).SelectionOrder), iter: 200);
    }

    [Fact]
    public void Draw_SeedsWithDifferentStates_GiveDifferentSequences()
    {
        Gen.Select(Gen.Int[1, 999_999], Gen.Int[1, 999_999])
            .Where((a, b) => RatStatsGenerator.EffectiveState(a) != RatStatsGenerator.EffectiveState(b))
            .Sample((a, b) => !RatStatsRandomNumbers.Draw(a, 1, 100_000, 20).SelectionOrder
                .SequenceEqual(RatStatsRandomNumbers.Draw(b, 1, 100_000, 20).SelectionOrder), iter: 300);
    }

    [Fact]
    public void Uniforms_AreInUnitIntervalAndRoughlyUniform()
    {
        var generator = new RatStatsGenerator(98765);
        var bins = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            var u = generator.NextUniform();
            Assert.InRange(u, 0, 0.9999999999);
            bins[(int)(u * 10)]++;
        }
        // Chi-square with 9 df; 27.88 is the 0.999 quantile.
        var chiSquare = bins.Sum(b => Math.Pow(b - 10_000, 2) / 10_000);
        Assert.True(chiSquare < 27.88, $"chi-square {chiSquare}");
    }

    [Fact]
    public void DrawSets_ComponentsUseOneUniformEachInOrder()
    {
        var sets = RatStatsRandomNumbers.DrawSets(12345, [new NumberRange(1, 50), new NumberRange(1, 30)], 5, 2);
        var generator = new RatStatsGenerator(12345);
        var expectedFirst = new[] { generator.NextInRange(1, 50), generator.NextInRange(1, 30) };
        Assert.Equal(expectedFirst, sets.Sample.Single(s => s.Order == 1).Values);
        Assert.Equal(7, sets.Sample.Concat(sets.Spares).Select(s => string.Join(',', s.Values)).Distinct().Count());
        Assert.Equal(sets.Sample.OrderBy(s => s.Values[0]).ThenBy(s => s.Values[1]).Select(s => s.Order), sets.Sample.Select(s => s.Order));
        Assert.All(sets.Sample, s => Assert.InRange(s.Values[1], 1, 30));
    }

    [Fact]
    public void DrawSets_SmallSpace_NoRepeatedTuple()
    {
        var sets = RatStatsRandomNumbers.DrawSets(5, [new NumberRange(1, 3), new NumberRange(1, 2), new NumberRange(0, 1)], 12);
        Assert.Equal(12, sets.Sample.Select(s => string.Join(',', s.Values)).Distinct().Count());
    }

    [Fact]
    public void DrawSets_OneComponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RatStatsRandomNumbers.DrawSets(5, [new NumberRange(1, 3)], 1));
}
