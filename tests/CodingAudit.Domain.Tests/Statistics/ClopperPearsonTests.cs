using CodingAudit.Domain.Statistics;
using CsCheck;

namespace CodingAudit.Domain.Tests.Statistics;

public sealed class ClopperPearsonTests
{
    [Fact]
    public void Interval_NoSuccessesInTen_UpperIs0_3085()
    {
        var interval = ClopperPearson.Interval(0, 10);
        Assert.Equal(0, interval.Lower);
        Assert.Equal(0.3085, interval.Upper, 4);
        // Closed form for x = 0: 1 - (α/2)^(1/n).
        Assert.Equal(1 - Math.Pow(0.025, 0.1), interval.Upper, 12);
    }

    [Fact]
    public void Interval_NineOfTen_Is0_5550To0_9975()
    {
        var interval = ClopperPearson.Interval(9, 10);
        Assert.Equal(0.5550, interval.Lower, 4);
        Assert.Equal(0.9975, interval.Upper, 4);
        Assert.Equal(0.9, interval.Estimate, 12);
    }

    [Fact]
    public void Interval_AllSuccesses_UpperIsOne()
    {
        var interval = ClopperPearson.Interval(20, 20);
        Assert.Equal(1, interval.Upper);
        Assert.Equal(Math.Pow(0.025, 1.0 / 20), interval.Lower, 12);
    }

    [Fact]
    public void Interval_NoTrials_IsWholeRange()
    {
        var interval = ClopperPearson.Interval(0, 0);
        Assert.Equal((0.0, 1.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Interval_SuccessesAboveTrials_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClopperPearson.Interval(11, 10));

    [Fact]
    public void Interval_MatchesBruteForceBinomialInversion()
    {
        Gen.Int[1, 300].SelectMany(n => Gen.Int[0, n].Select(x => (x, n))).Sample(pair =>
        {
            var (x, n) = pair;
            var interval = ClopperPearson.Interval(x, n, 0.95);
            var lower = x == 0 ? 0 : BruteForce.SolveDecreasing(p => BruteForce.BinomialCdf(x - 1, n, p), 0.975);
            var upper = x == n ? 1 : BruteForce.SolveDecreasing(p => BruteForce.BinomialCdf(x, n, p), 0.025);
            Assert.Equal(lower, interval.Lower, 8);
            Assert.Equal(upper, interval.Upper, 8);
        }, iter: 200);
    }

    [Fact]
    public void Interval_ContainsEstimateAndNarrowsWithMoreTrials()
    {
        Gen.Int[1, 500].SelectMany(n => Gen.Int[0, n].Select(x => (x, n))).Sample(pair =>
        {
            var (x, n) = pair;
            var small = ClopperPearson.Interval(x, n);
            var large = ClopperPearson.Interval(4 * x, 4 * n);
            return small.Lower <= small.Estimate && small.Estimate <= small.Upper && large.Width < small.Width;
        }, iter: 200);
    }
}

/// <summary>Independent computations for the tests: plain sums of binomial terms, and bisection on p.</summary>
internal static class BruteForce
{
    public static double BinomialCdf(int x, int n, double p)
    {
        if (x < 0) return 0;
        if (x >= n) return 1;
        double sum = 0;
        for (var k = 0; k <= x; k++)
        {
            var logTerm = LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);
            if (k > 0) logTerm += k * Math.Log(p);
            if (n - k > 0) logTerm += (n - k) * Math.Log(1 - p);
            sum += Math.Exp(logTerm);
        }
        return sum;
    }

    /// <summary>p in (0,1) where the decreasing function f equals target.</summary>
    public static double SolveDecreasing(Func<double, double> f, double target)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) > target) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    // ln(n!) as plain running sums of ln i, computed once.
    private static readonly double[] LogFactorials = Enumerable.Range(0, 1001)
        .Select(n => Enumerable.Range(2, Math.Max(0, n - 1)).Sum(i => Math.Log(i)))
        .ToArray();

    public static double LogFactorial(int n) => LogFactorials[n];

    /// <summary>C(n, k) as a double by the multiplicative formula.</summary>
    public static double Choose(long n, long k)
    {
        if (k < 0 || k > n) return 0;
        double result = 1;
        for (long i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
