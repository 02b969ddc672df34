using System.Collections.Concurrent;
using CodingAudit.Reports.Templates;
using SkiaSharp;

namespace CodingAudit.Reports.Pdf;

/// <summary>
/// One SKTypeface per font file for the process, shared by the page text and ScottPlot, so the PDF embeds each font
/// once (SkiaSharp's Linux build embeds whole font files, so a second instance would double the file size).
/// </summary>
internal static class SharedTypefaces
{
    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new(StringComparer.Ordinal);

    public static SKTypeface Get(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), p =>
        SKTypeface.FromFile(p) ?? throw new TemplateException("organisation.json", null, null, $"font file not readable: {p}"));
}

/// <summary>Resolves ScottPlot's font requests for our private family name to the shared typefaces.</summary>
internal sealed class SharedFontResolver(string family, string regularPath, string boldPath) : ScottPlot.IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= ScottPlot.FontWeight.SemiBold, slant != ScottPlot.FontSlant.Upright);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, family, StringComparison.Ordinal) ? SharedTypefaces.Get(bold ? boldPath : regularPath) : null;
}
