namespace CodingAudit.Domain.Sampling;

/// <summary>
/// The OIG Corporate Integrity Agreement discovery sample: a simple random sample of (by default) 50 claims, whose net
/// error rate decides whether a full statistically valid sample follows (see <see cref="OigClaimsReview"/>).
/// </summary>
public sealed record OigDiscoveryDesign : SampleDesign
{
    public const int StandardCount = 50;

    public OigDiscoveryDesign(int count = StandardCount, int spares = 0)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be at least 1.");
        if (spares < 0) throw new ArgumentOutOfRangeException(nameof(spares), spares, "Spares cannot be negative.");
        Count = count;
        Spares = spares;
    }

    public int Count { get; }
    public int Spares { get; }

    public override string Kind => "oig-discovery";

    public override string Describe() =>
        $"OIG discovery sample: {Count} claims at random ({Spares} spares), RAT-STATS single-stage random numbers; a net error rate of 5% or more calls for a full sample.";
}
