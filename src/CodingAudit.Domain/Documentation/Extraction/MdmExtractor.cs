using System.Text.RegularExpressions;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>Finds the level of medical decision making where the note writes it down.</summary>
/// <remarks>
/// "MDM: moderate", "medical decision making of high complexity", "low complexity MDM"; or the three elements
/// ("Problems: moderate. Data: limited. Risk: moderate.") combined by the CPT 2021 rule that two of three must meet the
/// level (the median of the three). The analyser does not estimate MDM from the clinical content.
/// </remarks>
public static partial class MdmExtractor
{
    [GeneratedRegex(@"\b(?:mdm|medical\s+decision[\s-]+making)\b(?:\s+(?:is|was|of|level|complexity))*\s*[:=-]?\s*(?:of\s+|is\s+)?(?<l>straightforward|minimal|low|moderate|high)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stated();

    [GeneratedRegex(@"\b(?<l>straightforward|low|moderate|high)(?:[\s-]+(?:complexity|level))?\s+(?:mdm|medical\s+decision[\s-]+making)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedBefore();

    [GeneratedRegex(@"\b(?<e>problems?(?:\s+addressed)?|number\s+and\s+complexity\s+of\s+problems|data(?:\s+reviewed)?|amount\s+and\s+complexity\s+of\s+data|risk)\s*[:=-]\s*(?<l>minimal|straightforward|limited|low|moderate|extensive|high)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Element();

    /// <summary>Reads the note text as a whole, because headings ("MDM:", "Data:") are not part of their sentences.</summary>
    public static MdmStatement? Find(string text, IReadOnlyList<Sentence> sentences)
    {
        if (sentences.Count == 0) return null;
        var m = Stated().Match(text);
        if (!m.Success) m = StatedBefore().Match(text);
        if (m.Success) return new MdmStatement(Level(m.Groups["l"].Value), SentenceAt(sentences, m.Index), false);
        var elements = new Dictionary<char, (int Level, int At)>();
        foreach (Match e in Element().Matches(text))
        {
            var key = char.ToLowerInvariant(e.Groups["e"].Value[0]) switch { 'p' or 'n' => 'p', 'd' or 'a' => 'd', _ => 'r' };
            elements.TryAdd(key, (Level(e.Groups["l"].Value), e.Index));
        }
        if (elements.Count < 2) return null;
        var levels = elements.Values.Select(v => v.Level).OrderByDescending(l => l).ToArray();
        // Two of three must meet the level: the second highest. With only two written, both must meet it.
        return new MdmStatement(levels[1], SentenceAt(sentences, elements.Values.Min(v => v.At)), true);
    }

    private static Sentence SentenceAt(IReadOnlyList<Sentence> sentences, int at) =>
        sentences.FirstOrDefault(s => s.End > at) ?? sentences[^1];

    private static int Level(string word) => word.ToLowerInvariant() switch
    {
        "straightforward" or "minimal" => 2,
        "low" or "limited" => 3,
        "moderate" => 4,
        _ => 5,
    };
}
