using CodingAudit.Domain.Statistics;
using CsCheck;

namespace CodingAudit.Domain.Tests.Statistics;

public sealed class DistributionTests
{
    [Theory]
    [InlineData(0.90, 1.281551565545)]
    [InlineData(0.95, 1.644853626951)]
    [InlineData(0.975, 1.959963984540)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.025, -1.959963984540)]
    public void NormalQuantile_MatchesPublishedCriticalValues(double p, double expected) =>
        Assert.Equal(expected, NormalDistribution.Quantile(p), 11);

    [Fact]
    public void NormalCdf_InvertsQuantile()
    {
        Gen.Double[0.0001, 0.9999].Sample(p => Math.Abs(NormalDistribution.Cdf(NormalDistribution.Quantile(p)) - p) < 1e-12, iter: 500);
    }

    [Theory]
    [InlineData(0.975, 1, 12.706204736)]
    [InlineData(0.975, 10, 2.228138852)]
    [InlineData(0.95, 49, 1.676550893)]
    [InlineData(0.90, 49, 1.299068785)]
    [InlineData(0.975, 49, 2.009575237)]
    [InlineData(0.995, 5, 4.032142984)]
    public void StudentTQuantile_MatchesTables(double p, double df, double expected) =>
        Assert.Equal(expected, StudentTDistribution.Quantile(p, df), 8);

    [Fact]
    public void StudentTQuantile_ApproachesNormalForLargeDegreesOfFreedom() =>
        Assert.Equal(NormalDistribution.Quantile(0.95), StudentTDistribution.Quantile(0.95, 1e7), 5);

    [Fact]
    public void HypergeometricPmf_MatchesCountingForSmallUniverses()
    {
        Gen.Int[1, 40].SelectMany(N => Gen.Int[0, N].SelectMany(K => Gen.Int[0, N].Select(n => (N, K, n)))).Sample(t =>
        {
            var (N, K, n) = t;
            double total = 0;
            for (var k = 0; k <= n; k++)
            {
                var expected = BruteForce.Choose(K, k) * BruteForce.Choose(N - K, n - k) / BruteForce.Choose(N, n);
                var actual = HypergeometricDistribution.Pmf(k, N, K, n);
                Assert.Equal(expected, actual, 10);
                total += actual;
                Assert.Equal(Math.Min(1, total), HypergeometricDistribution.Cdf(k, N, K, n), 9);
            }
            Assert.Equal(1, total, 9);
        }, iter: 200);
    }

    [Fact]
    public void HypergeometricSurvival_ComplementsCdf()
    {
        Assert.Equal(1, HypergeometricDistribution.Cdf(81, 10_000, 2_050, 400) + HypergeometricDistribution.Survival(82, 10_000, 2_050, 400), 10);
    }

    [Fact]
    public void BetaQuantile_InvertsCdf()
    {
        Gen.Select(Gen.Double[0.01, 0.99], Gen.Double[0.5, 200], Gen.Double[0.5, 200]).Sample((p, a, b) =>
            Math.Abs(BetaDistribution.Cdf(BetaDistribution.Quantile(p, a, b), a, b) - p) < 1e-10, iter: 300);
    }
}
