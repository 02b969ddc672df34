namespace CodingAudit.Domain.Codes;

/// <summary>One fiscal year's ICD-10-CM code set, indexed by code (with the dot).</summary>
/// <remarks>
/// A subset (the shipped CSV holds 200 categories) cannot say a code outside its categories is invalid;
/// <see cref="IsComplete"/> is false for it and <see cref="HasCategory"/> tells whether it can judge a code.
/// </remarks>
public sealed class IcdCodeSet
{
    private readonly Dictionary<string, IcdCode> _codes;
    private readonly HashSet<string> _categories;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _categorySpans;

    public IcdCodeSet(IEnumerable<IcdCode> codes, bool isComplete)
    {
        _codes = new Dictionary<string, IcdCode>(StringComparer.Ordinal);
        foreach (var c in codes) _codes[c.Code] = c;
        _categories = new HashSet<string>(_codes.Keys.Select(k => k.Length > 3 ? k[..3] : k), StringComparer.Ordinal);
        _categorySpans = _categories.GetAlternateLookup<ReadOnlySpan<char>>();
        IsComplete = isComplete;
    }

    public int Count => _codes.Count;

    /// <summary>True when the set is the whole code set (the official order file), false for a subset.</summary>
    public bool IsComplete { get; }

    /// <summary>The code, or null when the set does not have it.</summary>
    public IcdCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>True when the set can judge codes of this code's category.</summary>
    public bool HasCategory(string code) => IsComplete || _categorySpans.Contains(IcdCodes.Category(code));
}
