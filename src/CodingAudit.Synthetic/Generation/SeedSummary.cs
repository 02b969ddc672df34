namespace CodingAudit.Synthetic.Generation;

/// <summary>What a generation run wrote: rows per file and, per coder and error kind, eligible and injected claims.</summary>
public sealed class SeedSummary
{
    public required int Seed { get; init; }
    public required int Months { get; init; }
    public required int ClaimsPerMonth { get; init; }
    public required string FirstMonth { get; init; }
    public required string LastMonth { get; init; }
    public SortedDictionary<string, long> Rows { get; } = new(StringComparer.Ordinal);
    /// <summary>coder id -> kind -> claims where the kind was possible.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> Eligible { get; } = new(StringComparer.Ordinal);
    /// <summary>coder id -> kind -> claims that carry the injected kind.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> Injected { get; } = new(StringComparer.Ordinal);

    internal void Count(SortedDictionary<string, SortedDictionary<string, long>> table, string coder, string kind)
    {
        if (!table.TryGetValue(coder, out var kinds)) table[coder] = kinds = new(StringComparer.Ordinal);
        kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
    }
}
