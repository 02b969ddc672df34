using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CodingAudit.Domain.Sampling;

/// <summary>Seeds for plans that do not fix one: derived from the plan id and the period, so re-running gives the same sample.</summary>
public static class SampleSeed
{
    /// <summary>
    /// A seed in 1..999,999: the first 8 bytes of SHA-256("planId|yyyy-MM-dd") as an unsigned big-endian integer,
    /// modulo 999,999, plus 1. Six digits are easy to type into RAT-STATS.
    /// </summary>
    public static decimal Derive(string planId, DateOnly periodStart)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        var text = planId + "|" + periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash);
        return value % 999_999UL + 1;
    }
}
