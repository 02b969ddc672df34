using CodingAudit.Domain.Sampling;
using CsCheck;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class SamplerPropertyTests
{
    private static readonly Gen<SampleDesign> Designs = Gen.OneOf<SampleDesign>(
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 5]).Select((c, s) => (SampleDesign)new SimpleRandomDesign(count: c, spares: s)),
        Gen.Int[1, 100].Select(p => (SampleDesign)new SimpleRandomDesign(percent: p)),
        Gen.Select(Gen.Int[1, 12], Gen.Int[0, 3], Gen.Bool).Select((c, s, stream) =>
            (SampleDesign)new PerCoderDesign(c, s, stream ? StratumSeeding.SingleStream : StratumSeeding.SeedPerStratum)),
        Gen.Select(Gen.Int[1, 10], Gen.Int[50, 400]).Select((c, b) => (SampleDesign)new StratifiedDesign(StratifyBy.Dollar, [b, b * 3m], countPerStratum: c)),
        Gen.Int[1, 60].Select(c => (SampleDesign)new OigDiscoveryDesign(c)));

    private static readonly Gen<(int Claims, int Coders, SampleDesign Design, int Seed)> Cases =
        Gen.Select(Gen.Int[1, 300], Gen.Int[1, 6], Designs, Gen.Int[1, 999_999]);

    [Fact]
    public void Draw_ItemsAreDistinctFrameClaimsInTheirStratum()
    {
        Cases.Sample(t =>
        {
            var frame = SamplingFrame.FromClaims(FrameClaims.Many(t.Claims, Enumerable.Range(1, t.Coders).Select(i => $"C{i}").ToArray()));
            var sample = Sampler.Draw(frame, t.Design, t.Seed);
            var all = sample.Items.Concat(sample.Spares).ToArray();
            Assert.Equal(all.Length, all.Select(i => i.ClaimId).Distinct().Count());
            Assert.All(all, i => Assert.Equal(frame.At(i.FramePosition).ClaimId, i.ClaimId));
            Assert.Equal(sample.Strata.Sum(s => s.SampleSize), sample.Items.Count);
            Assert.Equal(sample.Strata.Sum(s => s.Spares), sample.Spares.Count);
            Assert.All(sample.Strata, s => Assert.True(s.SampleSize + s.Spares <= s.FrameSize));
            if (t.Design is PerCoderDesign)
                Assert.All(all, i => Assert.Equal(i.Stratum, frame.At(i.FramePosition).CoderId));
        }, iter: 150);
    }

    [Fact]
    public void Draw_SameSeedSameSample_AndStableUnderInputOrder()
    {
        Cases.Sample(t =>
        {
            var claims = FrameClaims.Many(t.Claims, Enumerable.Range(1, t.Coders).Select(i => $"C{i}").ToArray());
            var a = Sampler.Draw(SamplingFrame.FromClaims(claims), t.Design, t.Seed);
            var b = Sampler.Draw(SamplingFrame.FromClaims(claims.Reverse()), t.Design, t.Seed);
            return a.Items.SequenceEqual(b.Items) && a.Spares.SequenceEqual(b.Spares) && a.FrameHash == b.FrameHash;
        }, iter: 100);
    }

    [Fact]
    public void Draw_SeedWithOtherGeneratorState_UsuallyGivesAnotherSample()
    {
        // From a frame of 1,000, two 20-claim samples from different generator states coincide with negligible probability.
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(1000));
        Gen.Select(Gen.Int[1, 999_999], Gen.Int[1, 999_999])
            .Where((a, b) => RatStatsGenerator.EffectiveState(a) != RatStatsGenerator.EffectiveState(b))
            .Sample((a, b) => !Sampler.Draw(frame, new SimpleRandomDesign(count: 20), a).ClaimIds
                .SequenceEqual(Sampler.Draw(frame, new SimpleRandomDesign(count: 20), b).ClaimIds), iter: 100);
    }
}
