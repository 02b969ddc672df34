namespace CodingAudit.Domain.Codes;

/// <summary>One fiscal year's MCE edits, indexed by diagnosis code.</summary>
public sealed class MceEditSet
{
    private readonly Dictionary<string, MceEdit[]> _byCode;

    public MceEditSet(IEnumerable<MceEdit> edits)
    {
        _byCode = edits.GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Count = _byCode.Values.Sum(a => a.Length);
    }

    public int Count { get; }

    /// <summary>The edits on <paramref name="code"/>; empty when it has none.</summary>
    public IReadOnlyList<MceEdit> For(string code) => _byCode.TryGetValue(code, out var e) ? e : [];
}
