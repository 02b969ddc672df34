using CodingAudit.Reports.IO;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Pdf.Layout;
using CodingAudit.Reports.Templates;
using SkiaSharp;

namespace CodingAudit.Reports.Pdf;

/// <summary>
/// Renders an <see cref="AuditReport"/> to PDF with SkiaSharp's PDF backend: lays every page out first, then draws
/// each page with its header, footer and "Page x of y".
/// </summary>
/// <remarks>US Letter, 612 x 792 pt. Fonts, logo, colours and narrative wording come from <see cref="ReportTemplates"/>.</remarks>
public sealed class AuditPdfWriter(ReportTemplates templates, TimeProvider? time = null)
{
    private const float PageWidth = 612, PageHeight = 792, Margin = 46, ContentTop = 70, ContentBottom = PageHeight - 54;
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <summary>Writes the PDF to <paramref name="path"/> atomically; returns the page count.</summary>
    public int Write(AuditReport report, string path)
    {
        var pages = 0;
        AtomicFile.Write(path, stream => pages = Render(report, stream));
        return pages;
    }

    /// <summary>Renders into a stream; returns the page count.</summary>
    public int Render(AuditReport report, Stream output)
    {
        using var theme = new PdfTheme(templates);
        var elements = new AuditPdfComposer(report, templates, theme).Compose();
        var pages = PageFlow.Paginate(elements, PageWidth - 2 * Margin, ContentBottom - ContentTop);
        var now = clock.GetUtcNow().UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"Coding Audit Report - {report.PlanName}",
            Author = report.OrganisationName,
            Subject = $"Coding audit, dates of service {report.Period.Label}, for {AuditPdfComposer.AudienceLabel(report.Audience)}",
            Keywords = $"coding audit; {report.Run.RunId}",
            Creator = "CodingAudit",
            Producer = $"CodingAudit ({report.Run.ProgramVersion}) with SkiaSharp",
            Creation = now,
            Modified = now,
            PdfA = true,
            RasterDpi = 150,
        };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawChrome(canvas, theme, report, i + 1, pages.Count);
                foreach (var placed in pages[i])
                    placed.Element.Draw(canvas, Margin, ContentTop + placed.Y, PageWidth - 2 * Margin);
                document.EndPage();
            }
            document.Close();
        }
        return pages.Count;
    }

    private void DrawChrome(SKCanvas canvas, PdfTheme theme, AuditReport report, int page, int total)
    {
        using var rule = new SKPaint { Color = theme.Rule, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
        canvas.DrawImage(theme.Logo, new SKRect(Margin, 26, Margin + 18, 44));
        var orgStyle = theme.BodyBold.WithSize(9);
        orgStyle.Draw(canvas, report.OrganisationName, Margin + 24, 28);
        var right = $"Coding audit · {report.Period.Label} · {AuditPdfComposer.AudienceLabel(report.Audience)}";
        var rightStyle = theme.Small;
        var room = PageWidth - 2 * Margin - 24 - orgStyle.Measure(report.OrganisationName) - 16;
        while (rightStyle.Measure(right) > room && rightStyle.Size > 5) rightStyle = rightStyle.WithSize(rightStyle.Size - 0.25f);
        rightStyle.Draw(canvas, right, PageWidth - Margin, 29, SKTextAlign.Right);
        canvas.DrawLine(Margin, 50, PageWidth - Margin, 50, rule);

        canvas.DrawLine(Margin, PageHeight - 44, PageWidth - Margin, PageHeight - 44, rule);
        var notice = templates.Organisation.ConfidentialityNotice;
        var small = theme.Small;
        var maxWidth = PageWidth - 2 * Margin - 80;
        while (small.Measure(notice) > maxWidth && small.Size > 5) small = small.WithSize(small.Size - 0.25f);
        small.Draw(canvas, notice, Margin, PageHeight - 40);
        theme.Small.Draw(canvas, $"{report.OrganisationName} · {report.Run.RunId}", Margin, PageHeight - 30);
        theme.BodyBold.WithSize(8).Draw(canvas, $"Page {page} of {total}", PageWidth - Margin, PageHeight - 38, SKTextAlign.Right);
    }
}
