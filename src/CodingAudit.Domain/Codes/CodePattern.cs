namespace CodingAudit.Domain.Codes;

/// <summary>
/// A code, a code with its subtree, or a range, as Excludes1 notes, coverage lists and payer rules write them.
/// </summary>
/// <remarks>
/// Forms: "K52.9" (that code and its children), "C45.-", "M47.81-" or "C45*" (the subtree), "O10-O11" or "64490-64495" (a range;
/// a code matches when its leading characters, cut to each end's length, fall between the ends inclusive).
/// Matching is ordinal and case-sensitive on normalized (upper-case) codes.
/// </remarks>
public sealed record CodePattern
{
    private CodePattern(string text, string low, string high)
    {
        Text = text;
        Low = low;
        High = high;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }
    private string Low { get; }
    private string High { get; }

    /// <summary>Parses a pattern, or returns null with a reason.</summary>
    public static CodePattern? TryParse(string? text, out string? error)
    {
        error = null;
        var t = (text ?? "").Trim().ToUpperInvariant();
        if (t.Length == 0) { error = "is empty"; return null; }
        if (t.EndsWith(".-", StringComparison.Ordinal)) t = t[..^2];
        else if (t.EndsWith('*') || t.EndsWith('-')) t = t[..^1];
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        string low, high;
        if (dash > 0)
        {
            low = t[..dash].TrimEnd('.');
            high = t[(dash + 1)..].Trim().TrimEnd('.');
            if (high.EndsWith(".-", StringComparison.Ordinal)) high = high[..^2];
            if (high.Length == 0) { error = $"range '{text}' has no upper end"; return null; }
            if (string.CompareOrdinal(low, high[..Math.Min(high.Length, low.Length)]) > 0)
            { error = $"range '{text}' starts after it ends"; return null; }
        }
        else
        {
            low = high = t.TrimEnd('.');
        }
        foreach (var ch in low + high)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '.') { error = $"'{text}' is not a code, a code.- subtree or a range"; return null; }
        }
        if (low.Length == 0) { error = $"'{text}' is not a code, a code.- subtree or a range"; return null; }
        return new CodePattern(text!.Trim(), low, high);
    }

    /// <summary>Parses a pattern or throws <see cref="FormatException"/>.</summary>
    public static CodePattern Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"code pattern {error}");

    /// <summary>True when <paramref name="code"/> (normalized) falls under the pattern.</summary>
    public bool Matches(ReadOnlySpan<char> code)
    {
        if (ReferenceEquals(Low, High) || Low == High)
            return code.StartsWith(Low, StringComparison.Ordinal);
        var lo = code[..Math.Min(code.Length, Low.Length)];
        var hi = code[..Math.Min(code.Length, High.Length)];
        return lo.CompareTo(Low, StringComparison.Ordinal) >= 0 && hi.CompareTo(High, StringComparison.Ordinal) <= 0;
    }

    public override string ToString() => Text;
}
