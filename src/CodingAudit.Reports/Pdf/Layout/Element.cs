using SkiaSharp;

namespace CodingAudit.Reports.Pdf.Layout;

/// <summary>
/// A block in the column flow: it measures itself for a width, draws at a position, and may split across pages.
/// </summary>
internal abstract class Element
{
    public abstract float Measure(float width);

    public abstract void Draw(SKCanvas canvas, float x, float y, float width);

    /// <summary>Headings keep with what follows so they never end a page.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>The part that fits in <paramref name="available"/> height and the rest; Head is null when nothing fits.</summary>
    public virtual (Element? Head, Element? Tail) Split(float width, float available) => (null, this);
}

/// <summary>Forces the next element onto a new page.</summary>
internal sealed class PageBreak : Element
{
    public override float Measure(float width) => 0;
    public override void Draw(SKCanvas canvas, float x, float y, float width) { }
}

/// <summary>Vertical space.</summary>
internal sealed class Spacer(float height) : Element
{
    public override float Measure(float width) => height;
    public override void Draw(SKCanvas canvas, float x, float y, float width) { }
}

/// <summary>A fixed-height drawing (a chart, a logo, tiles, signature lines); never split.</summary>
internal sealed class CanvasBlock(float height, Action<SKCanvas, SKRect> draw, bool keepWithNext = false) : Element
{
    public override bool KeepWithNext => keepWithNext;
    public override float Measure(float width) => height;
    public override void Draw(SKCanvas canvas, float x, float y, float width) => draw(canvas, new SKRect(x, y, x + width, y + height));
}

/// <summary>Children kept on one page when they fit on a page at all; otherwise they flow one by one.</summary>
internal sealed class KeepTogether(IReadOnlyList<Element> children) : Element
{
    public IReadOnlyList<Element> Children => children;

    public override float Measure(float width) => children.Sum(c => c.Measure(width));

    public override void Draw(SKCanvas canvas, float x, float y, float width)
    {
        foreach (var child in children)
        {
            child.Draw(canvas, x, y, width);
            y += child.Measure(width);
        }
    }
}
