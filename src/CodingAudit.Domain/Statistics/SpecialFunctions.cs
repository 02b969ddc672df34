namespace CodingAudit.Domain.Statistics;

/// <summary>Log-gamma, the regularized incomplete beta and gamma functions, and a bisection root finder.</summary>
/// <remarks>
/// Written here rather than taken from a package so that every figure an auditor sees can be traced to code in this
/// repository. Accuracy is about 1e-14 relative for the arguments audits use (counts up to a few million).
/// </remarks>
public static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (the coefficients published by Godfrey); relative error below 2e-15.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x <= 0 || double.IsNaN(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma needs x > 0.");
        if (x < 0.5)
        {
            // Reflection keeps the series in its accurate range.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>ln(n!) for n &gt;= 0; exact sums for small n, log-gamma beyond.</summary>
    public static double LogFactorial(long n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Factorials need n >= 0.");
        if (n < LogFactorials.Length) return LogFactorials[n];
        return LogGamma(n + 1.0);
    }

    private static readonly double[] LogFactorials = BuildLogFactorials(256);

    private static double[] BuildLogFactorials(int count)
    {
        var table = new double[count];
        for (var i = 1; i < count; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }

    /// <summary>ln C(n, k).</summary>
    public static double LogChoose(long n, long k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    /// <summary>The regularized incomplete beta function I_x(a, b) for a, b &gt; 0 and 0 &lt;= x &lt;= 1.</summary>
    /// <remarks>Continued fraction (modified Lentz), using the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) where it converges faster.</remarks>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (a <= 0) throw new ArgumentOutOfRangeException(nameof(a), a, "a must be > 0.");
        if (b <= 0) throw new ArgumentOutOfRangeException(nameof(b), b, "b must be > 0.");
        if (x < 0 || x > 1 || double.IsNaN(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "x must be in [0, 1].");
        if (x == 0) return 0;
        if (x == 1) return 1;
        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x);
        var front = Math.Exp(logFront);
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(x, a, b) / a
            : 1 - front * BetaContinuedFraction(1 - x, b, a) / b;
    }

    private static double BetaContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-16;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny) d = tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < epsilon) return h;
        }
        throw new ArithmeticException($"Incomplete beta continued fraction did not converge for x={x}, a={a}, b={b}.");
    }

    /// <summary>The regularized lower incomplete gamma function P(a, x).</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        if (a <= 0) throw new ArgumentOutOfRangeException(nameof(a), a, "a must be > 0.");
        if (x < 0) throw new ArgumentOutOfRangeException(nameof(x), x, "x must be >= 0.");
        if (x == 0) return 0;
        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x), accurate in the far tail.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        if (a <= 0) throw new ArgumentOutOfRangeException(nameof(a), a, "a must be > 0.");
        if (x < 0) throw new ArgumentOutOfRangeException(nameof(x), x, "x must be >= 0.");
        if (x == 0) return 1;
        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    private static double GammaSeries(double a, double x)
    {
        var ap = a;
        var sum = 1 / a;
        var del = sum;
        for (var n = 0; n < 10_000; n++)
        {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.Abs(del) < Math.Abs(sum) * 1e-16) break;
        }
        return sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h;
    }

    /// <summary>
    /// Finds x in [lo, hi] where the increasing function f crosses <paramref name="target"/>, by bisection until the
    /// bracket is within 1e-15 of its midpoint, relatively, or cannot shrink further in double precision.
    /// </summary>
    internal static double BisectIncreasing(Func<double, double> f, double target, double lo, double hi)
    {
        for (var i = 0; i < 2_000; i++)
        {
            var mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi || hi - lo <= 1e-15 * Math.Abs(mid)) break;
            if (f(mid) < target) lo = mid;
            else hi = mid;
        }
        return lo + (hi - lo) / 2;
    }
}
