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
    private const float Pad = 3;

    public override float Measure(float width) => HeaderHeight(width) + rows.Sum(r => RowHeight(r, width)) + 6;

    public override (Element? Head, Element? Tail) Split(float width, float available)
    {
        var used = HeaderHeight(width) + 6;
        var count = 0;
        while (count < rows.Count && used + RowHeight(rows[count], width) <= available) used += RowHeight(rows[count++], width);
        if (count == 0) return (null, this);
        if (count == rows.Count) return (this, null);
        return (new Table(columns, rows.Take(count).ToList(), body, header, headerBackground, ruleColor, showHeader),
            new Table(columns, rows.Skip(count).ToList(), body, header, headerBackground, ruleColor, showHeader));
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

    private float[] Widths(float width)
    {
        var total = columns.Sum(c => c.RelativeWidth);
        return columns.Select(c => width * c.RelativeWidth / total).ToArray();
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
