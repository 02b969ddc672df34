namespace CodingAudit.Domain.Sampling;

/// <summary>A fixed number of claims per coder (e.g. 10), drawn at random within each coder's claims.</summary>
/// <remarks>Each coder is a stratum (see <see cref="StratifiedDesign"/> for ordering and seeding); a coder with fewer claims
/// than the count has all of them taken.</remarks>
public sealed record PerCoderDesign : SampleDesign
{
    public PerCoderDesign(int countPerCoder, int sparesPerCoder = 0, StratumSeeding seeding = StratumSeeding.SeedPerStratum)
    {
        if (countPerCoder < 1) throw new ArgumentOutOfRangeException(nameof(countPerCoder), countPerCoder, "The count per coder must be at least 1.");
        if (sparesPerCoder < 0) throw new ArgumentOutOfRangeException(nameof(sparesPerCoder), sparesPerCoder, "Spares cannot be negative.");
        CountPerCoder = countPerCoder;
        SparesPerCoder = sparesPerCoder;
        Seeding = seeding;
    }

    public int CountPerCoder { get; }
    public int SparesPerCoder { get; }
    public StratumSeeding Seeding { get; }

    public override string Kind => "per-coder";

    /// <summary>The equivalent stratified design, which the sampler runs.</summary>
    public StratifiedDesign AsStratified() => new(StratifyBy.Coder, countPerStratum: CountPerCoder, sparesPerStratum: SparesPerCoder, seeding: Seeding);

    public override string Describe() =>
        $"{CountPerCoder} claims per coder ({SparesPerCoder} spares per coder), random within each coder's claims; {AsStratified().SeedingText()}";
}
