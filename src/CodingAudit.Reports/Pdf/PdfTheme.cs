using CodingAudit.Reports.Pdf.Layout;
using CodingAudit.Reports.Templates;
using SkiaSharp;

namespace CodingAudit.Reports.Pdf;

/// <summary>Typography and colours in one place, built from organisation.json; fonts load from the shipped files only.</summary>
internal sealed class PdfTheme : IDisposable
{
    public PdfTheme(ReportTemplates templates)
    {
        var org = templates.Organisation;
        Regular = LoadFont(templates.PathOf(org.Fonts.Regular));
        Bold = LoadFont(templates.PathOf(org.Fonts.Bold));
        Mono = LoadFont(templates.PathOf(org.Fonts.Mono));
        RegularPath = templates.PathOf(org.Fonts.Regular);
        BoldPath = templates.PathOf(org.Fonts.Bold);
        Primary = Colour(org.Colours.Primary, nameof(org.Colours.Primary));
        Accent = Colour(org.Colours.Accent, nameof(org.Colours.Accent));
        Danger = Colour(org.Colours.Danger, nameof(org.Colours.Danger));
        Warning = Colour(org.Colours.Warning, nameof(org.Colours.Warning));
        Muted = Colour(org.Colours.Muted, nameof(org.Colours.Muted));
        BelowTargetFill = Colour(org.Colours.BelowTargetFill, nameof(org.Colours.BelowTargetFill));
        HeaderFill = Colour(org.Colours.HeaderFill, nameof(org.Colours.HeaderFill));
        var logoPath = templates.PathOf(org.Logo);
        Logo = SKImage.FromEncodedData(logoPath) ?? throw new TemplateException("organisation.json", null, null, $"logo is not a readable image: {org.Logo}");
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Mono { get; }
    public string RegularPath { get; }
    public string BoldPath { get; }
    public SKImage Logo { get; }
    public SKColor Primary { get; }
    public SKColor Accent { get; }
    public SKColor Danger { get; }
    public SKColor Warning { get; }
    public SKColor Muted { get; }
    public SKColor BelowTargetFill { get; }
    public SKColor HeaderFill { get; }
    public SKColor Ink => new(0x22, 0x26, 0x2E);
    public SKColor Rule => new(0xC8, 0xCF, 0xD8);

    public TextStyle Title => new(Bold, 26, Primary);
    public TextStyle Subtitle => new(Regular, 14, Ink);
    public TextStyle H1 => new(Bold, 16, Primary);
    public TextStyle H2 => new(Bold, 12, Primary);
    public TextStyle Body => new(Regular, 9.5f, Ink);
    public TextStyle BodyBold => new(Bold, 9.5f, Ink);
    public TextStyle Small => new(Regular, 7.5f, Muted);
    public TextStyle Cell => new(Regular, 7f, Ink);
    public TextStyle CellBold => new(Bold, 7f, Ink);
    public TextStyle CellHeader => new(Bold, 7f, Primary);
    public TextStyle CellMono => new(Mono, 6.5f, Ink);

    private static SKTypeface LoadFont(string path) => SharedTypefaces.Get(path);

    private static SKColor Colour(string value, string name) =>
        SKColor.TryParse(value, out var colour) ? colour
            : throw new TemplateException("organisation.json", null, null, $"colour {name} is not #RRGGBB: {value}");

    public void Dispose()
    {
        // Typefaces are shared for the process (see SharedTypefaces); only the logo is ours.
        Logo.Dispose();
    }
}
