namespace CodingAudit.Domain.Sampling;

/// <summary>
/// The RAT-STATS random number generator: Visual Basic 6's <c>Randomize seed</c> seeds three Wichmann-Hill (AS 183)
/// components, which then produce the uniforms RAT-STATS maps onto a frame (ratstats.md section 1).
/// </summary>
/// <remarks>
/// Only the high 32 bits of the seed's IEEE-754 pattern reach the state, folded to 16 bits, so RAT-STATS itself has at
/// most 65,536 distinct sequences: two different seeds can give the same sample (e.g. seeds that differ only in their
/// low-order bits). <see cref="EffectiveState"/> tells whether two seeds collide. The generator is deterministic and
/// not for cryptographic use.
/// </remarks>
public sealed class RatStatsGenerator
{
    /// <summary>The state of VB6's <c>Rnd</c> after <c>Rnd(-1)</c> then <c>Rnd()</c>, before <c>Randomize</c>.</summary>
    public const int VbInitialState = 3758214;

    /// <summary>Seeds must be positive and below this (RAT-STATS accepts up to 15 digits).</summary>
    public const decimal MaxSeedExclusive = 1_000_000_000_000_000m;

    private const long TwoPow24 = 1 << 24;
    private int _a;
    private int _b;
    private int _c;

    /// <summary>Seeds the generator as RAT-STATS does for <paramref name="seed"/> (rounded to 2 decimals, half to even as VB does).</summary>
    public RatStatsGenerator(decimal seed)
    {
        CheckSeed(seed);
        var s = (long)EffectiveState(seed);
        _a = StartValue(ref s, 30269);
        _b = StartValue(ref s, 30307);
        _c = StartValue(ref s, 30323);
    }

    /// <summary>The three Wichmann-Hill components now, for the record.</summary>
    public (int A, int B, int C) State => (_a, _b, _c);

    /// <summary>The 24-bit VB6 generator state that <c>Randomize seed</c> leaves; equal states give equal sequences.</summary>
    public static int EffectiveState(decimal seed)
    {
        CheckSeed(seed);
        var d = (double)Math.Round(seed, 2, MidpointRounding.ToEven);
        var h = (uint)((ulong)BitConverter.DoubleToInt64Bits(d) >> 32);
        return (int)((((h & 0xFFFF) ^ (h >> 16)) & 0xFFFF) << 8) | (VbInitialState & 0xFF);
    }

    /// <summary>Throws unless 0 &lt; seed &lt; 10^15.</summary>
    public static void CheckSeed(decimal seed)
    {
        if (seed <= 0 || seed >= MaxSeedExclusive)
            throw new ArgumentOutOfRangeException(nameof(seed), seed, "The seed must be positive and below 10^15.");
    }

    // VB6 Rnd: s = (s * 1140671485 + 12820163) mod 2^24, scaled to [0, m); RAT-STATS adds 1 and retries until below m.
    private static int StartValue(ref long s, int modulus)
    {
        double v;
        do
        {
            s = (s * 1140671485L + 12820163L) % TwoPow24;
            v = (double)modulus * s / TwoPow24 + 1;
        } while (v >= modulus);
        return (int)Math.Floor(v);
    }

    /// <summary>The next uniform in [0, 1) (Wichmann-Hill AS 183 in Schrage form).</summary>
    public double NextUniform()
    {
        _a = 171 * (_a % 177) - 2 * (_a / 177);
        if (_a <= 0) _a += 30269;
        _b = 172 * (_b % 176) - 35 * (_b / 176);
        if (_b <= 0) _b += 30307;
        _c = 170 * (_c % 178) - 63 * (_c / 178);
        if (_c <= 0) _c += 30323;
        var sum = _a / 30269.0 + _b / 30307.0 + _c / 30323.0;
        return sum - Math.Floor(sum);
    }

    /// <summary>The next integer in [low, high]: floor(u · (high − low + 1)) + low.</summary>
    public long NextInRange(long low, long high)
    {
        if (high < low) throw new ArgumentOutOfRangeException(nameof(high), high, $"High ({high}) is below low ({low}).");
        return (long)Math.Floor(NextUniform() * (high - low + 1)) + low;
    }
}
