using SkiaSharp;

namespace CodingAudit.Reports.Pdf.Layout;

/// <summary>A table column: header text, relative width and alignment.</summary>
internal sealed record TableColumn(string Header, float RelativeWidth, SKTextAlign Align = SKTextAlign.Left);

/// <summary>A table cell; a null style uses the table's body style.</summary>
internal sealed record TableCell(string Text, TextStyle? Style = null);

/// <summary>A table row with an optional background (e.g. below-target rows).</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, SKColor? Background = null);

/// <summary>
/// A table that breaks between rows across pages and repeats its header row on every page it spans.
/// </summary>
internal sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TextStyle body,
    TextStyle header, SKColor headerBackground, SKColor ruleColor, bool showHeader = true) : Element
{
    private const float Pad = 2.5f;
    // Shared by the fragments a split produces, so a table keeps the same column widths on every page.
    private WidthCache widthCache = new();

    private sealed class WidthCache
    {
        public float Width = -1;
        public float[] Widths = [];
    }

    public override float Measure(float width) => HeaderHeight(width) + rows.Sum(r => RowHeight(r, width)) + 6;

    public override (Element? Head, Element? Tail) Split(float width, float available)
    {
        var used = HeaderHeight(width) + 6;
        var count = 0;
        while (count < rows.Count && used + RowHeight(rows[count], width) <= available) used += RowHeight(rows[count++], width);
        if (count == rows.Count) return (this, null);
        // Short tables (key-value blocks, reference lists) move whole; longer ones keep at least two rows each side.
        if (rows.Count <= 12 || count < 2) return (null, this);
        if (rows.Count - count < 2) count = rows.Count - 2;
        Widths(width);
        return (new Table(columns, rows.Take(count).ToList(), body, header, headerBackground, ruleColor, showHeader) { widthCache = widthCache },
            new Table(columns, rows.Skip(count).ToList(), body, header, headerBackground, ruleColor, showHeader) { widthCache = widthCache });
    }

    public override void Draw(SKCanvas canvas, float x, float y, float width)
    {
        var widths = Widths(width);
        var hh = HeaderHeight(width);
        if (showHeader)
        {
            using (var fill = new SKPaint { Color = headerBackground, Style = SKPaintStyle.Fill })
                canvas.DrawRect(x, y, width, hh, fill);
            DrawCells(canvas, x, y, widths, columns.Select(c => new TableCell(c.Header, header)).ToList());
            y += hh;
        }
        using var rule = new SKPaint { Color = ruleColor, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        foreach (var row in rows)
        {
            var h = RowHeight(row, width);
            if (row.Background is { } bg)
            {
                using var fill = new SKPaint { Color = bg, Style = SKPaintStyle.Fill };
                canvas.DrawRect(x, y, width, h, fill);
            }
            DrawCells(canvas, x, y, widths, row.Cells);
            y += h;
            canvas.DrawLine(x, y, x + width, y, rule);
        }
    }

    private void DrawCells(SKCanvas canvas, float x, float y, float[] widths, IReadOnlyList<TableCell> cells)
    {
        for (var i = 0; i < columns.Count && i < cells.Count; i++)
        {
            var style = cells[i].Style ?? body;
            var cellLines = WrapCell(cells[i].Text, style, widths[i] - 2 * Pad);
            var top = y + Pad;
            foreach (var line in cellLines)
            {
                var tx = columns[i].Align switch
                {
                    SKTextAlign.Right => x + widths[i] - Pad,
                    SKTextAlign.Center => x + widths[i] / 2,
                    _ => x + Pad,
                };
                style.Draw(canvas, line, tx, top, columns[i].Align);
                top += style.LineHeight;
            }
            x += widths[i];
        }
    }

    /// <summary>
    /// Column widths: each column first gets room for its longest word (header or cell, capped at 1.8 x its share) so
    /// words are not broken, then the rest is shared out by relative width.
    /// </summary>
    private float[] Widths(float width)
    {
        if (Math.Abs(widthCache.Width - width) < 0.01f) return widthCache.Widths;
        var total = columns.Sum(c => c.RelativeWidth);
        var minimum = new float[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var share = width * columns[i].RelativeWidth / total;
            var longest = LongestWord(columns[i].Header, header);
            foreach (var row in rows)
                if (i < row.Cells.Count) longest = Math.Max(longest, LongestWord(row.Cells[i].Text, row.Cells[i].Style ?? body));
            minimum[i] = Math.Min(longest + 2 * Pad + 0.5f, share * 1.8f);
        }
        // Water-filling: columns whose longest word needs more than their share get exactly that; the others share
        // what is left by relative width.
        var pinned = new bool[columns.Count];
        float remaining = width, freeWeight = total;
        for (var changed = true; changed;)
        {
            changed = false;
            remaining = width - minimum.Where((_, i) => pinned[i]).Sum();
            freeWeight = columns.Where((_, i) => !pinned[i]).Sum(c => c.RelativeWidth);
            for (var i = 0; i < columns.Count; i++)
            {
                if (pinned[i] || minimum[i] <= remaining * columns[i].RelativeWidth / freeWeight) continue;
                pinned[i] = true;
                changed = true;
            }
        }
        float[] widths;
        if (remaining <= 0 || freeWeight <= 0)
        {
            var sum = minimum.Sum();
            widths = minimum.Select(m => m * width / sum).ToArray();
        }
        else widths = minimum.Select((m, i) => pinned[i] ? m : remaining * columns[i].RelativeWidth / freeWeight).ToArray();
        widthCache.Width = width;
        widthCache.Widths = widths;
        return widths;
    }

    private static float LongestWord(string text, TextStyle style)
    {
        float longest = 0;
        foreach (var word in text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            longest = Math.Max(longest, style.Measure(word));
        return longest;
    }

    private float HeaderHeight(float width)
    {
        if (!showHeader) return 0;
        var widths = Widths(width);
        return columns.Select((c, i) => WrapCell(c.Header, header, widths[i] - 2 * Pad).Count * header.LineHeight).Max() + 2 * Pad;
    }

    private float RowHeight(TableRow row, float width)
    {
        var widths = Widths(width);
        float max = body.LineHeight;
        for (var i = 0; i < columns.Count && i < row.Cells.Count; i++)
        {
            var style = row.Cells[i].Style ?? body;
            max = Math.Max(max, WrapCell(row.Cells[i].Text, style, widths[i] - 2 * Pad).Count * style.LineHeight);
        }
        return max + 2 * Pad;
    }

    private static List<string> WrapCell(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        foreach (var hard in text.Split('\n'))
        {
            var current = "";
            foreach (var word in hard.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (style.Measure(candidate) <= width || current.Length == 0 && style.Measure(word) <= width)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0) lines.Add(current);
                current = word;
                while (style.Measure(current) > width && current.Length > 1)
                {
                    var take = current.Length - 1;
                    while (take > 1 && style.Measure(current[..take]) > width) take--;
                    lines.Add(current[..take]);
                    current = current[take..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }
}
