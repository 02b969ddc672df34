using CodingAudit.Reports.Pdf.Layout;

namespace CodingAudit.Reports.Pdf;

/// <summary>
/// Turns rendered template text into paragraphs: a blank line separates paragraphs, "- " starts a bullet,
/// "## " a sub-heading, and **text** is bold. Kept this small on purpose so template authors need no other markup.
/// </summary>
internal static class Narrative
{
    public static IEnumerable<Element> ToElements(string text, PdfTheme theme)
    {
        var blocks = text.Replace("\r", "", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var block in blocks.Select(b => b.Trim('\n')).Where(b => b.Trim().Length > 0))
        {
            var prose = new List<string>();
            foreach (var raw in block.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0) continue;
                if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    if (prose.Count > 0) { yield return Prose(string.Join(' ', prose), theme); prose.Clear(); }
                    yield return new Paragraph(Runs(line[2..], theme), spaceAfter: 2, indent: 14, bullet: "•");
                }
                else if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    if (prose.Count > 0) { yield return Prose(string.Join(' ', prose), theme); prose.Clear(); }
                    yield return new Paragraph([new Run(line[3..], theme.H2)], spaceAfter: 4, keepWithNext: true);
                }
                else prose.Add(line);
            }
            if (prose.Count > 0) yield return Prose(string.Join(' ', prose), theme);
            yield return new Spacer(4);
        }
    }

    private static Paragraph Prose(string text, PdfTheme theme) => new(Runs(text, theme), spaceAfter: 3);

    public static List<Run> Runs(string text, PdfTheme theme)
    {
        var parts = text.Split("**");
        var runs = new List<Run>();
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Length > 0) runs.Add(new Run(parts[i], i % 2 == 1 ? theme.BodyBold : theme.Body));
        return runs.Count > 0 ? runs : [new Run("", theme.Body)];
    }
}
