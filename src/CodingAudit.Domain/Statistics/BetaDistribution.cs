namespace CodingAudit.Domain.Statistics;

/// <summary>The beta distribution's cumulative probability and quantile, used for exact binomial intervals.</summary>
public static class BetaDistribution
{
    /// <summary>P(X &lt;= x) for X ~ Beta(a, b).</summary>
    public static double Cdf(double x, double a, double b) => SpecialFunctions.RegularizedBeta(x, a, b);

    /// <summary>The x with P(X &lt;= x) = p for X ~ Beta(a, b); 0 for p = 0 and 1 for p = 1.</summary>
    public static double Quantile(double p, double a, double b)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1].");
        if (p == 0) return 0;
        if (p == 1) return 1;
        return SpecialFunctions.BisectIncreasing(x => SpecialFunctions.RegularizedBeta(x, a, b), p, 0, 1);
    }
}
