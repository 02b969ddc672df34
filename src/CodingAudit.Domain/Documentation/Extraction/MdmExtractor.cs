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

    [GeneratedRegex(@"^\s*(?<l>straightforward|minimal|low|moderate|high)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderHeading();

    public static MdmStatement? Find(IReadOnlyList<Sentence> sentences)
    {
        var elements = new Dictionary<char, (int Level, Sentence Sentence)>();
        foreach (var s in sentences)
        {
            var text = s.Text;
            var m = Stated().Match(text);
            if (!m.Success) m = StatedBefore().Match(text);
            if (!m.Success && s.Section == SectionKind.Mdm) m = UnderHeading().Match(text);
            if (m.Success) return new MdmStatement(Level(m.Groups["l"].Value), s, false);
            foreach (Match e in Element().Matches(text))
            {
                var key = char.ToLowerInvariant(e.Groups["e"].Value[0]) switch { 'p' or 'n' => 'p', 'd' or 'a' => 'd', _ => 'r' };
                elements.TryAdd(key, (Level(e.Groups["l"].Value), s));
            }
        }
        if (elements.Count < 2) return null;
        var levels = elements.Values.Select(v => v.Level).OrderByDescending(l => l).ToArray();
        // Two of three must meet the level: the second highest. With only two written, both must meet it.
        var level = levels[1];
        return new MdmStatement(level, elements.Values.First().Sentence, true);
    }

    private static int Level(string word) => word.ToLowerInvariant() switch
    {
        "straightforward" or "minimal" => 2,
        "low" or "limited" => 3,
        "moderate" => 4,
        _ => 5,
    };
}
