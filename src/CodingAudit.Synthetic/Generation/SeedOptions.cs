namespace CodingAudit.Synthetic.Generation;

/// <summary>What <see cref="SeedGenerator"/> writes: how many months and claims, from which seed, into which folder.</summary>
public sealed record SeedOptions
{
    public required string OutputFolder { get; init; }
    public required string OrganisationFolder { get; init; }
    public required string ReferenceFolder { get; init; }
    public int Seed { get; init; } = 20240101;
    public int Months { get; init; } = 12;
    public int ClaimsPerMonth { get; init; } = 3000;
    /// <summary>The last month generated (its first day); the run covers the <see cref="Months"/> months up to it.</summary>
    public DateOnly EndMonth { get; init; } = new(2024, 12, 1);
    /// <summary>Also write claims.jsonl (the check-input shape) beside the import files.</summary>
    public bool WriteJsonLines { get; init; } = true;

    public void Validate()
    {
        if (Months is < 1 or > 120) throw new ArgumentOutOfRangeException(nameof(Months), Months, "Months must be 1 to 120.");
        if (ClaimsPerMonth is < 1 or > 10_000_000)
            throw new ArgumentOutOfRangeException(nameof(ClaimsPerMonth), ClaimsPerMonth, "Claims per month must be 1 to 10,000,000.");
    }
}
