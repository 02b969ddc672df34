using System.Text.RegularExpressions;

namespace CodingAudit.Domain.Documentation.Text;

/// <summary>Finds the sections of a note from its headings.</summary>
/// <remarks>
/// A heading counts when it starts a line (after bullets or '#') and is followed by a colon, " - " or the end of the
/// line, or when it follows a sentence end inside a run-on line and is followed by a colon ("...stable. A/P: ...").
/// Single-letter SOAP headings ("S:", "A:") count only at a line start with a colon. Text before the first heading, or
/// a note with none, is <see cref="SectionKind.Unlabelled"/>. A line marking copied-forward text ("** copied from visit
/// 03/12 **", "carried forward from prior note") opens a <see cref="SectionKind.CopiedForward"/> region, headings inside it
/// included, that runs to a line marking today's text ("** today **", "current visit") or the end of the note.
/// </remarks>
public sealed class NoteSectioniser
{
    private readonly Regex lineHeading;
    private readonly Regex inlineHeading;
    private readonly Dictionary<string, SectionKind> kinds;

    public NoteSectioniser(IEnumerable<SectionHeading> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        kinds = new Dictionary<string, SectionKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in headings) kinds[Normalise(h.Text)] = h.Kind;
        if (kinds.Count == 0) throw new ArgumentException("At least one section heading is needed.", nameof(headings));
        var all = kinds.Keys.OrderByDescending(k => k.Length).Select(Pattern).ToArray();
        var multi = kinds.Keys.Where(k => k.Length > 1).OrderByDescending(k => k.Length).Select(Pattern).ToArray();
        lineHeading = new Regex(
            $@"^[ \t]*(?:[#*>•-]+[ \t]*)?(?<h>{string.Join("|", all)})[ \t]*(?::|[ \t]-[ \t]|(?=\r?$))",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
        inlineHeading = new Regex(
            $@"(?<=[.!?][ \t]{{1,4}})(?<h>{string.Join("|", multi)})[ \t]*:",
            RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>The sections in text order; together they cover the whole text.</summary>
    private static readonly Regex CopiedStart = new(
        @"^[ \t*#=>-]*(?:copied (?:forward |over )?from\b|copied forward\b|carried forward\b|(?:from|per) (?:the )?(?:prior|previous|last) (?:note|visit)\b)[^\n]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex CopiedEnd = new(
        @"^[ \t*#=>-]*(?:today\b|current (?:visit|note)\b|this visit\b|new today\b)[^\n]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public IReadOnlyList<NoteSection> Sectionise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<(int Start, int BodyStart, string Heading, SectionKind Kind)>();
        var copied = new List<(int Start, int End)>();
        foreach (Match m in CopiedStart.Matches(text))
        {
            if (copied.Count > 0 && m.Index < copied[^1].End) continue;
            var end = CopiedEnd.Match(text, m.Index + m.Length);
            copied.Add((m.Index, end.Success ? end.Index : text.Length));
        }
        foreach (var (start, end) in copied) hits.Add((start, start, "copied forward", SectionKind.CopiedForward));
        bool InCopied(int at) => copied.Any(c => at > c.Start && at < c.End);
        foreach (Match m in lineHeading.Matches(text))
        {
            var colonOrDash = m.Length > 0 && (text[m.Index + m.Length - 1] is ':' or '-');
            var h = m.Groups["h"].Value;
            if (h.Length == 1 && !colonOrDash) continue;
            if (InCopied(m.Index)) continue;
            hits.Add((m.Index, m.Index + m.Length, h, kinds[Normalise(h)]));
        }
        foreach (Match m in inlineHeading.Matches(text))
        {
            if (hits.Any(x => x.Start <= m.Index && m.Index < x.BodyStart) || InCopied(m.Index)) continue;
            var h = m.Groups["h"].Value;
            hits.Add((m.Index, m.Index + m.Length, h, kinds[Normalise(h)]));
        }
        foreach (var (_, end) in copied)
            if (end < text.Length && !hits.Any(h => h.Start == end)) hits.Add((end, end, "", SectionKind.Unlabelled));
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sections = new List<NoteSection>(hits.Count + 1);
        var firstStart = hits.Count == 0 ? text.Length : hits[0].Start;
        if (firstStart > 0) sections.Add(new NoteSection(SectionKind.Unlabelled, "", 0, firstStart));
        for (var i = 0; i < hits.Count; i++)
        {
            var end = i + 1 < hits.Count ? hits[i + 1].Start : text.Length;
            var bodyStart = Math.Min(hits[i].BodyStart, end);
            sections.Add(new NoteSection(hits[i].Kind, hits[i].Heading, bodyStart, end));
        }
        if (sections.Count == 0) sections.Add(new NoteSection(SectionKind.Unlabelled, "", 0, 0));
        return sections;
    }

    private static string Normalise(string heading) => Regex.Replace(heading.Trim(), @"\s+", " ");

    private static string Pattern(string heading) =>
        string.Join(@"\s*", heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
        + (char.IsLetterOrDigit(heading[^1]) ? @"\b" : "");
}
