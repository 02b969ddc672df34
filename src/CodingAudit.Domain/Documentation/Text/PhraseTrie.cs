namespace CodingAudit.Domain.Documentation.Text;

/// <summary>A token-level trie for longest-match lookup of multi-word phrases.</summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0) return;
        var node = root;
        foreach (var k in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(k, out var next)) node.Children[k] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>; returns the token count matched (0 for none).</summary>
    /// <remarks><paramref name="skip"/>: tokens that may sit inside a phrase without being part of it (a comma in
    /// "osteoarthritis, left knee"). <paramref name="blocked"/>: tokens that may not be part of a match, or null.</remarks>
    public int Match(IReadOnlyList<Token> tokens, int at, out IReadOnlyList<T> values, Func<Token, bool>? skip = null, bool[]? blocked = null)
    {
        values = [];
        var node = root;
        var best = 0;
        for (var i = at; i < tokens.Count; i++)
        {
            if (blocked is not null && blocked[i]) break;
            var t = tokens[i];
            if (i > at && skip is not null && skip(t)) continue;
            if (node.Children is null || !node.Children.TryGetValue(t.Key, out var next)) break;
            node = next;
            if (node.Values is not null)
            {
                best = i - at + 1;
                values = node.Values;
            }
        }
        return best;
    }
}
