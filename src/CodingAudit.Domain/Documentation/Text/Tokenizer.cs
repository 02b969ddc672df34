namespace CodingAudit.Domain.Documentation.Text;

/// <summary>
/// Splits text into word and punctuation tokens. Lexicon phrases and note text go through the same function, so a
/// phrase matches whatever spelling variants the stemming folds together.
/// </summary>
/// <remarks>
/// A slash or ampersand joins two short letter groups ("r/o", "s/p", "h/o", "i&amp;d") because clinicians write those as
/// one word; longer groups ("HTN/HLD") are split. Hyphens split words ("a-fib" = "a fib"). The only punctuation kept
/// as tokens is what the context rules need: , ; : ? ( ) and a dash between spaces.
/// </remarks>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        Span<char> buffer = stackalloc char[64];
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (i < end)
                {
                    if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                    if ((text[i] == '/' || text[i] == '&') && i + 1 < end && char.IsLetter(text[i + 1]) && ShortJoin(text, s, i, end))
                    {
                        i++;
                        continue;
                    }
                    if (text[i] == '\'' && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                    {
                        i += 2; // possessive: "Crohn's" = "Crohns"
                        continue;
                    }
                    break;
                }
                tokens.Add(new Token(s, i, Key(text.AsSpan(s, i - s), buffer), false));
                continue;
            }
            if (c is ',' or ';' or ':' or '?' or '(' or ')')
                tokens.Add(new Token(i, i + 1, c.ToString(), true));
            else if (c is '-' && i > start && i + 1 < end && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
                tokens.Add(new Token(i, i + 1, "-", true)); // " - " separates a problem from its plan
            i++;
        }
        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The token keys of a lexicon phrase, punctuation dropped.</summary>
    public static string[] Keys(string phrase) =>
        Tokenize(phrase).Where(t => !t.IsPunctuation || t.Key == "?").Select(t => t.Key).ToArray();

    private static bool ShortJoin(string text, int wordStart, int slash, int end)
    {
        var left = slash - wordStart;
        var right = 0;
        for (var j = slash + 1; j < end && char.IsLetter(text[j]); j++) right++;
        return left <= 2 && right <= 2;
    }

    private static string Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var ch in word)
        {
            if (ch == '\'') continue;
            if (n == buffer.Length) return Stem(word.ToString().Replace("'", "").ToLowerInvariant());
            buffer[n++] = char.ToLowerInvariant(ch);
        }
        var key = buffer[..n];
        // Light plural folding ("fevers" = "fever", "knees" = "knee"); "diabetes" becomes "diabete" on both sides.
        if (key.Length > 3 && key[^1] == 's' && key[^2] is not ('s' or 'u' or 'i')) key = key[..^1];
        return Intern(key);
    }

    private static string Stem(string key) =>
        key.Length > 3 && key[^1] == 's' && key[^2] is not ('s' or 'u' or 'i') ? key[..^1] : key;

    // Keys repeat constantly; sharing the strings keeps the allocation rate down on long notes.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new();

    private static string Intern(ReadOnlySpan<char> key)
    {
        var lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var found)) return found;
        var s = key.ToString();
        return Pool.Count < 200_000 ? Pool.GetOrAdd(s, s) : s;
    }
}
