using System.Globalization;

namespace CodingAudit.Domain.Sampling;

/// <summary>A simple random sample of a fixed <see cref="Count"/> or of a <see cref="Percent"/> of the frame, plus spares.</summary>
/// <remarks>Exactly one of Count and Percent is set. A percentage gives ceil(N × percent / 100) claims (at least 1 when N &gt; 0).
/// When the frame is smaller than the count, every claim is taken.</remarks>
public sealed record SimpleRandomDesign : SampleDesign
{
    public SimpleRandomDesign(int? count = null, decimal? percent = null, int spares = 0)
    {
        if (count is null == percent is null)
            throw new ArgumentException("Give either a count or a percent, not both and not neither.", nameof(count));
        if (count is < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be at least 1.");
        if (percent is not null && (percent <= 0 || percent > 100))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The percent must be above 0 and at most 100.");
        if (spares < 0) throw new ArgumentOutOfRangeException(nameof(spares), spares, "Spares cannot be negative.");
        Count = count;
        Percent = percent;
        Spares = spares;
    }

    public int? Count { get; }
    public decimal? Percent { get; }
    public int Spares { get; }

    public override string Kind => "simple-random";

    /// <summary>The sample size for a frame of <paramref name="frameSize"/>.</summary>
    public int SizeFor(int frameSize) => Allocation.SizeFor(frameSize, Count, Percent);

    public override string Describe() => Count is not null
        ? $"Simple random sample of {Count} claims ({Spares} spares), RAT-STATS single-stage random numbers over the frame positions."
        : $"Simple random sample of {Percent?.ToString(CultureInfo.InvariantCulture)}% of the frame ({Spares} spares), RAT-STATS single-stage random numbers over the frame positions.";
}

internal static class Allocation
{
    public static int SizeFor(int frameSize, int? count, decimal? percent)
    {
        if (frameSize <= 0) return 0;
        if (count is not null) return Math.Min(count.Value, frameSize);
        var size = (int)Math.Ceiling(frameSize * percent!.Value / 100m);
        return Math.Clamp(size, 1, frameSize);
    }
}
