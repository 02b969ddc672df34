using SkiaSharp;

namespace CodingAudit.Reports.Pdf.Layout;

/// <summary>A typeface, size and colour; line height is 1.35 x size so wrapped text reads evenly.</summary>
internal sealed record TextStyle(SKTypeface Typeface, float Size, SKColor Color)
{
    public float LineHeight => Size * 1.35f;

    public SKFont CreateFont() => new(Typeface, Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    public TextStyle WithColor(SKColor color) => this with { Color = color };
    public TextStyle WithSize(float size) => this with { Size = size };

    public float Measure(string text)
    {
        using var font = CreateFont();
        return font.MeasureText(text);
    }

    /// <summary>Draws one line with its top at <paramref name="top"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float top, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = CreateFont();
        using var paint = new SKPaint { Color = Color, IsAntialias = true };
        var baseline = top + (LineHeight - (font.Metrics.Descent - font.Metrics.Ascent)) / 2 - font.Metrics.Ascent;
        canvas.DrawText(text, x, baseline, align, font, paint);
    }
}
