namespace CodingAudit.Domain.Statistics;

/// <summary>Student's t distribution: cumulative probability and quantile for any positive degrees of freedom.</summary>
public static class StudentTDistribution
{
    /// <summary>P(T &lt;= t) with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be > 0.");
        if (double.IsNaN(t)) throw new ArgumentOutOfRangeException(nameof(t), t, "t is not a number.");
        if (double.IsPositiveInfinity(t)) return 1;
        if (double.IsNegativeInfinity(t)) return 0;
        // The tail P(|T| > |t|) = I_{v/(v+t²)}(v/2, 1/2).
        var tail = 0.5 * SpecialFunctions.RegularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
        return t < 0 ? tail : 1 - tail;
    }

    /// <summary>The t with P(T &lt;= t) = p, for 0 &lt; p &lt; 1.</summary>
    /// <remarks>Inverts the incomplete beta tail by bisection, so the result is as exact as <see cref="Cdf"/>.</remarks>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be strictly between 0 and 1.");
        if (!(degreesOfFreedom > 0)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be > 0.");
        if (p == 0.5) return 0;
        var upperTail = p > 0.5 ? 1 - p : p;
        var v = degreesOfFreedom;
        // Find x = v/(v+t²) with I_x(v/2, 1/2) = 2 * upperTail; I is increasing in x.
        var x = SpecialFunctions.BisectIncreasing(z => SpecialFunctions.RegularizedBeta(z, v / 2, 0.5), 2 * upperTail, 0, 1);
        var t = Math.Sqrt(v * (1 - x) / x);
        return p > 0.5 ? t : -t;
    }

    /// <summary>The two-sided critical value t with P(|T| &lt;= t) = confidence.</summary>
    public static double TwoSidedCritical(double confidence, double degreesOfFreedom) =>
        Quantile(1 - (1 - confidence) / 2, degreesOfFreedom);
}
