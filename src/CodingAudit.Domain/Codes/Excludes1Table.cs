namespace CodingAudit.Domain.Codes;

/// <summary>Excludes1 notes indexed by the code or category they are attached to, plus section-range notes.</summary>
/// <remarks>
/// A note on a category applies to every code in it, so a code is looked up under each of its prefixes (E11.22,
/// E11.2, E11) without allocating; section notes (ranges such as C15-C26) are few and scanned.
/// </remarks>
public sealed class Excludes1Table
{
    private readonly Dictionary<string, Excludes1Note[]> _byPrefix;
    private readonly Dictionary<string, Excludes1Note[]>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly Excludes1Note[] _ranges;

    public Excludes1Table(IEnumerable<Excludes1Note> notes)
    {
        var byPrefix = new Dictionary<string, List<Excludes1Note>>(StringComparer.Ordinal);
        var ranges = new List<Excludes1Note>();
        foreach (var n in notes)
        {
            Count++;
            var key = n.Source.Text.Trim().ToUpperInvariant();
            if (key.Contains('-', StringComparison.Ordinal) || key.EndsWith('*')) { ranges.Add(n); continue; }
            key = key.TrimEnd('.');
            if (!byPrefix.TryGetValue(key, out var list)) byPrefix[key] = list = [];
            list.Add(n);
        }
        _byPrefix = byPrefix.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _spanLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _ranges = ranges.ToArray();
    }

    public int Count { get; }

    /// <summary>The first note that forbids <paramref name="code"/> with <paramref name="other"/>, or null.</summary>
    public Excludes1Note? Conflict(string code, string other)
    {
        var span = code.AsSpan();
        for (var len = span.Length; len >= 3; len--)
        {
            if (len < span.Length && span[len - 1] == '.') continue;
            if (_spanLookup.TryGetValue(span[..len], out var notes))
            {
                foreach (var n in notes)
                {
                    if (n.Excluded.Matches(other)) return n;
                }
            }
        }
        foreach (var n in _ranges)
        {
            if (n.Source.Matches(span) && n.Excluded.Matches(other)) return n;
        }
        return null;
    }
}
