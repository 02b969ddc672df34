using SkiaSharp;

namespace CodingAudit.Reports.Pdf.Layout;

/// <summary>One styled piece of a paragraph.</summary>
internal sealed record Run(string Text, TextStyle Style);

/// <summary>Wrapped text made of runs; splits between lines. Long words are broken by character.</summary>
internal sealed class Paragraph : Element
{
    private readonly IReadOnlyList<Run> runs;
    private readonly float indent;
    private readonly string? bullet;
    private readonly float spaceAfter;
    private readonly bool keepWithNext;
    private readonly SKTextAlign align;
    private IReadOnlyList<Line>? lines;
    private float linesWidth = -1;

    public Paragraph(IReadOnlyList<Run> runs, float spaceAfter = 4, float indent = 0, string? bullet = null,
        bool keepWithNext = false, SKTextAlign align = SKTextAlign.Left)
    {
        this.runs = runs;
        this.spaceAfter = spaceAfter;
        this.indent = indent;
        this.bullet = bullet;
        this.keepWithNext = keepWithNext;
        this.align = align;
    }

    private Paragraph(IReadOnlyList<Line> lines, float width, Paragraph template, bool isTail)
        : this(template.runs, template.spaceAfter, template.indent, isTail ? null : template.bullet, false, template.align)
    {
        this.lines = lines;
        linesWidth = width;
    }

    public Paragraph(string text, TextStyle style, float spaceAfter = 4) : this([new Run(text, style)], spaceAfter) { }

    public override bool KeepWithNext => keepWithNext;

    public override float Measure(float width) => LinesFor(width).Sum(l => l.Height) + spaceAfter;

    public override void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var first = true;
        foreach (var line in LinesFor(width))
        {
            if (first && bullet is not null && runs.Count > 0) runs[0].Style.Draw(canvas, bullet, x + indent - 10, y);
            first = false;
            var lineWidth = line.Pieces.Count == 0 ? 0 : line.Pieces[^1].X + line.Pieces[^1].Width;
            var offset = align switch
            {
                SKTextAlign.Center => (width - indent - lineWidth) / 2,
                SKTextAlign.Right => width - indent - lineWidth,
                _ => 0,
            };
            foreach (var piece in line.Pieces)
                piece.Style.Draw(canvas, piece.Text, x + indent + offset + piece.X, y + (line.Height - piece.Style.LineHeight));
            y += line.Height;
        }
    }

    public override (Element? Head, Element? Tail) Split(float width, float available)
    {
        var all = LinesFor(width);
        float used = 0;
        var count = 0;
        while (count < all.Count && used + all[count].Height <= available) used += all[count++].Height;
        // Avoid a lone first line at the foot of a page.
        if (count < 2 && all.Count > 1) return (null, this);
        if (count == all.Count) return (this, null);
        return (new Paragraph(all.Take(count).ToList(), width, this, false) { },
            new Paragraph(all.Skip(count).ToList(), width, this, true));
    }

    private IReadOnlyList<Line> LinesFor(float width)
    {
        if (lines is not null && Math.Abs(linesWidth - width) < 0.01f) return lines;
        lines = Wrap(width - indent);
        linesWidth = width;
        return lines;
    }

    private List<Line> Wrap(float width)
    {
        var result = new List<Line>();
        var pieces = new List<Piece>();
        float x = 0, height = runs.Count > 0 ? runs[0].Style.LineHeight : 0;
        var pendingSpace = false;

        void EndLine()
        {
            result.Add(new Line(pieces, height));
            pieces = [];
            x = 0;
            height = runs.Count > 0 ? runs[0].Style.LineHeight : 0;
        }

        foreach (var run in runs)
        {
            var hard = run.Text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            for (var h = 0; h < hard.Length; h++)
            {
                if (h > 0) { EndLine(); pendingSpace = false; }
                var spaceWidth = run.Style.Measure(" ");
                foreach (var rawWord in Tokens(hard[h]))
                {
                    var word = rawWord;
                    // A run ending in a space separates it from the next run's first word.
                    var leadingSpace = word.StartsWith(' ') || pendingSpace;
                    word = word.TrimStart(' ');
                    pendingSpace = word.Length == 0;
                    if (word.Length == 0) continue;
                    var gap = leadingSpace && x > 0 ? spaceWidth : 0;
                    var w = run.Style.Measure(word);
                    if (x + gap + w > width && x > 0)
                    {
                        EndLine();
                        gap = 0;
                    }
                    while (w > width && word.Length > 1)
                    {
                        // Break an over-long token (a hash, a URL) by character.
                        var take = word.Length - 1;
                        while (take > 1 && run.Style.Measure(word[..take]) > width - x) take--;
                        pieces.Add(new Piece(word[..take], run.Style, x, run.Style.Measure(word[..take])));
                        height = Math.Max(height, run.Style.LineHeight);
                        EndLine();
                        word = word[take..];
                        w = run.Style.Measure(word);
                    }
                    pieces.Add(new Piece(word, run.Style, x + gap, w));
                    height = Math.Max(height, run.Style.LineHeight);
                    x += gap + w;
                }
            }
        }
        if (pieces.Count > 0 || result.Count == 0) EndLine();
        return result;
    }

    /// <summary>Words with their leading space kept, so runs join without or with a space as written.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ' ' && text[i - 1] != ' '))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }

    private sealed record Piece(string Text, TextStyle Style, float X, float Width);

    private sealed record Line(IReadOnlyList<Piece> Pieces, float Height);
}
