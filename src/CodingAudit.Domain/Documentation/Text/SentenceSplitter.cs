namespace CodingAudit.Domain.Documentation.Text;

/// <summary>Splits a section body into sentences with character offsets into the note.</summary>
/// <remarks>
/// A sentence ends at a line break, or at '.', '!' or '?' followed by white space, except after a known abbreviation
/// ("Dr.", "e.g.", "vs."), a word that already holds a period ("b.i.d."), or a list number at the start of a line
/// ("1. HTN"). Sentences are trimmed; empty ones are dropped. A '?' stays inside its sentence as a token because
/// "pneumonia?" is an uncertainty cue.
/// </remarks>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "etc", "fig", "cf", "al", "inc", "b.i.d",
        "t.i.d", "q.i.d", "q.d", "p.o", "p.r.n", "a.m", "p.m",
    };

    public static void Split(string text, NoteSection section, List<Sentence> into)
    {
        var start = section.Start;
        var end = section.End;
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                Add(text, s, i, section.Kind, into);
                s = i + 1;
                continue;
            }
            if (c is '.' or '!' or '?' && (i + 1 >= end || char.IsWhiteSpace(text[i + 1])))
            {
                if (c == '.' && !EndsSentence(text, s, i)) continue;
                Add(text, s, i + 1, section.Kind, into);
                s = i + 1;
            }
        }
        Add(text, s, end, section.Kind, into);
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1])) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0) return true;
        if (Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        if (word.Length >= 3 && word[1] == '.' && char.IsLetter(word[0])) return false; // "b.i.d", "q.d"
        var allDigits = true;
        foreach (var ch in word) allDigits &= char.IsDigit(ch);
        if (allDigits && word.Length <= 2 && text.AsSpan(sentenceStart, w - sentenceStart).IsWhiteSpace()) return false;
        return true;
    }

    private static void Add(string text, int start, int end, SectionKind kind, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var hasWord = false;
        for (var i = start; i < end && !hasWord; i++) hasWord = char.IsLetterOrDigit(text[i]);
        if (!hasWord) return;
        into.Add(new Sentence(into.Count, start, end, text.Substring(start, end - start), kind));
    }
}
