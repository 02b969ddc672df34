using System.Globalization;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Pdf.Layout;
using CodingAudit.Reports.Templates;
using SkiaSharp;

namespace CodingAudit.Reports.Pdf;

/// <summary>
/// Builds the report's element flow, one small composer per section (the QuestPDF report-sample shape), so moving to
/// QuestPDF later only rewrites this file and Layout/.
/// </summary>
internal sealed class AuditPdfComposer(AuditReport report, ReportTemplates templates, PdfTheme theme)
{
    private readonly List<Element> flow = [];
    private readonly OrganisationProfile profile = templates.Organisation;

    public IReadOnlyList<Element> Compose()
    {
        ComposeCover();
        ComposeExecutiveSummary();
        if (report.Audience != Audience.CodingManager) ComposeMethodology();
        ComposeCoderTable();
        ComposePopulationEditHits();
        ComposeCharts();
        if (report.Audience != Audience.ExternalAuditor) ComposeCoderSections();
        if (report.Audience != Audience.CodingManager) ComposeFindingsAppendix();
        if (report.Audience != Audience.CodingManager) ComposeProjection();
        if (report.Audience == Audience.CodingManager) ComposeMethodology();
        ComposeSignOff();
        return flow;
    }

    public static string AudienceLabel(Audience audience) => audience switch
    {
        Audience.ComplianceOfficer => "Compliance officer",
        Audience.CodingManager => "Coding manager",
        _ => "External auditor (PHI minimised)",
    };

    private void ComposeCover()
    {
        flow.Add(new Spacer(40));
        flow.Add(new CanvasBlock(96, (c, r) => c.DrawImage(theme.Logo, new SKRect(r.Left, r.Top, r.Left + 96, r.Top + 96))));
        flow.Add(new Spacer(24));
        flow.Add(new Paragraph("Coding Audit Report", theme.Title, 6));
        flow.Add(new Paragraph(report.PlanName, theme.Subtitle, 2));
        flow.Add(new Paragraph(report.OrganisationName, theme.Subtitle.WithColor(theme.Muted), 24));
        flow.Add(KeyValues(
        [
            ("Dates of service", report.Period.Label),
            ("Prepared for", AudienceLabel(report.Audience)),
            ("Audit run", $"{report.Run.RunId}, {report.Run.RunAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}"),
            ("Design", report.Run.Design),
            ("Program", report.Run.ProgramVersion),
            ("Packet key fingerprint", report.SigningKeyFingerprint ?? "not part of a signed packet"),
        ]));
        flow.Add(new Spacer(28));
        var below = report.CodersBelowTarget.Count();
        flow.Add(Tiles(
        [
            ("Record accuracy", ReportFormat.Percent(report.OverallRecordAccuracy.Value),
                $"95% CI {ReportFormat.Interval(report.OverallRecordAccuracy.Lower, report.OverallRecordAccuracy.Upper)}",
                report.OverallRecordAccuracy.Value >= report.Target ? theme.Accent : theme.Danger),
            ("Code accuracy", ReportFormat.Percent(report.OverallCodeAccuracy.Value),
                $"95% CI {ReportFormat.Interval(report.OverallCodeAccuracy.Lower, report.OverallCodeAccuracy.Upper)}", theme.Accent),
            ("Coders below target", $"{below} of {report.Coders.Count}", $"target {ReportFormat.Percent(report.Target)}",
                below > 0 ? theme.Warning : theme.Accent),
            ("Net financial impact", ReportFormat.Money(report.Financial.Net),
                $"net error rate {ReportFormat.Percent(report.Financial.NetErrorRate)}", theme.Primary),
        ]));
    }

    private void ComposeExecutiveSummary()
    {
        Section("Executive summary");
        flow.AddRange(Narrative.ToElements(
            templates.Render("executive-summary", NarrativeValues.ExecutiveSummary(report, profile)), theme));
        var below = report.CodersBelowTarget.OrderBy(c => c.RecordAccuracy.Value).ToList();
        if (below.Count == 0) return;
        flow.Add(Heading2("Coders below target"));
        flow.Add(NewTable(
            [new("Coder", 0.8f), new("Name", 1.8f), new("Records", 0.8f, SKTextAlign.Right),
             new("Record accuracy", 1f, SKTextAlign.Right), new("95% interval", 1.4f, SKTextAlign.Right), new("Status", 1.6f)],
            below.Select(c => new TableRow(
            [
                new TableCell(c.CoderId), new TableCell(CoderName(c)), new TableCell(c.Records.ToString(CultureInfo.InvariantCulture)),
                new TableCell(ReportFormat.Percent(c.RecordAccuracy.Value), theme.CellBold),
                new TableCell(ReportFormat.Interval(c.RecordAccuracy.Lower, c.RecordAccuracy.Upper)),
                new TableCell(c.Status.Label()),
            ], c.Status == CoderStatus.BelowTarget ? theme.BelowTargetFill : null)).ToList()));
    }

    private void ComposeMethodology()
    {
        Section("Scope and methodology");
        flow.AddRange(Narrative.ToElements(templates.Render("methodology", NarrativeValues.Methodology(report)), theme));
        flow.Add(Heading2("RAT-STATS re-draw inputs (Single Stage Random Numbers)"));
        flow.Add(NewTable(
            [new("Stratum", 1f), new("Seed", 1.2f, SKTextAlign.Right), new("Frame low", 1f, SKTextAlign.Right),
             new("Frame high", 1f, SKTextAlign.Right), new("Quantity in sequence", 1f, SKTextAlign.Right),
             new("Spares", 0.7f, SKTextAlign.Right), new("Sum of sample numbers", 1.2f, SKTextAlign.Right)],
            report.Run.Redraw.Select(r => new TableRow(
            [
                new TableCell(r.Stratum), new TableCell(r.Seed.ToString("0.00", CultureInfo.InvariantCulture)),
                new TableCell(r.FrameLow.ToString(CultureInfo.InvariantCulture)), new TableCell(r.FrameHigh.ToString(CultureInfo.InvariantCulture)),
                new TableCell(r.QuantityInSequence.ToString(CultureInfo.InvariantCulture)), new TableCell(r.Spares.ToString(CultureInfo.InvariantCulture)),
                new TableCell(r.SumOfNumbers.ToString(CultureInfo.InvariantCulture)),
            ])).ToList()));
        flow.Add(Heading2("Frame and run"));
        flow.Add(KeyValues(
        [
            ("Frame size", ReportFormat.Count(report.Run.FrameSize)),
            ("Frame SHA-256", report.Run.FrameSha256),
            ("Frame ordering", report.Frame.Ordering),
            ("Frame dates of service", $"{ReportFormat.Date(report.Frame.FirstService)} to {ReportFormat.Date(report.Frame.LastService)}"),
            ("Frame total paid", ReportFormat.Money(report.Frame.TotalPaid)),
            ("Seed", report.Run.Seed.ToString("0.00", CultureInfo.InvariantCulture)),
            ("Run id", report.Run.RunId),
            ("Program version", report.Run.ProgramVersion),
        ]));
        flow.Add(Heading2("Reference data versions"));
        flow.Add(NewTable([new("Table", 1.5f), new("Version", 1f), new("Source", 2f)],
            report.Run.ReferenceVersions.Select(v => new TableRow([new(v.Table), new(v.Version), new(v.Source)])).ToList()));
    }

    private void ComposeCoderTable()
    {
        Section("Results by coder");
        flow.Add(new Paragraph(Narrative.Runs(
            $"Record accuracy = records with no error / records reviewed; code accuracy = correct codes / codes reviewed. " +
            $"Intervals are two-sided 95% ({report.OverallRecordAccuracy.Method}). Status reads the interval against the target " +
            $"({ReportFormat.Percent(report.Target)}): meets or below target when the whole interval is above or below it; when it " +
            "straddles the target, consistent with target if it is at most 10 points wide, otherwise insufficient sample. " +
            "Rows shaded red are below target; an amber status has its point estimate below target.", theme), 8));
        var rows = report.Coders.Select(c => new TableRow(
        [
            new TableCell(c.CoderId), new TableCell(CoderName(c)),
            new TableCell(Int(c.Records)), new TableCell(Int(c.Codes)), new TableCell(Int(c.RecordsWithErrors)), new TableCell(Int(c.CodeErrors)),
            new TableCell(ReportFormat.Percent(c.RecordAccuracy.Value), theme.CellBold),
            new TableCell(ReportFormat.Interval(c.RecordAccuracy.Lower, c.RecordAccuracy.Upper)),
            new TableCell(ReportFormat.Percent(c.CodeAccuracy.Value), theme.CellBold),
            new TableCell(ReportFormat.Interval(c.CodeAccuracy.Lower, c.CodeAccuracy.Upper)),
            new TableCell(c.Status.Label(), c.Status == CoderStatus.BelowTarget ? theme.CellBold.WithColor(theme.Danger)
                : c.RecordAccuracy.Value < report.Target ? theme.CellBold.WithColor(theme.Warning) : null),
            new TableCell(ReportFormat.Points(c.ChangeVsPrevious)),
            new TableCell(c.TwelveMonthRecordAccuracy is { } t ? ReportFormat.Percent(t) : "n/a"),
        ], c.Status == CoderStatus.BelowTarget ? theme.BelowTargetFill : null)).ToList();
        rows.Add(new TableRow(
        [
            new TableCell("All", theme.CellBold), new TableCell(""),
            new TableCell(Int(report.OverallRecordAccuracy.Trials), theme.CellBold), new TableCell(Int(report.OverallCodeAccuracy.Trials), theme.CellBold),
            new TableCell(Int(report.Coders.Sum(c => c.RecordsWithErrors)), theme.CellBold), new TableCell(Int(report.Coders.Sum(c => c.CodeErrors)), theme.CellBold),
            new TableCell(ReportFormat.Percent(report.OverallRecordAccuracy.Value), theme.CellBold),
            new TableCell(ReportFormat.Interval(report.OverallRecordAccuracy.Lower, report.OverallRecordAccuracy.Upper)),
            new TableCell(ReportFormat.Percent(report.OverallCodeAccuracy.Value), theme.CellBold),
            new TableCell(ReportFormat.Interval(report.OverallCodeAccuracy.Lower, report.OverallCodeAccuracy.Upper)),
            new TableCell(""), new TableCell(""), new TableCell(""),
        ], theme.HeaderFill.WithAlpha(90)));
        flow.Add(NewTable(
            [new("Coder", 0.5f), new("Name", 1.2f), new("Records", 0.62f, SKTextAlign.Right), new("Codes", 0.52f, SKTextAlign.Right),
             new("Records with errors", 0.62f, SKTextAlign.Right), new("Code errors", 0.55f, SKTextAlign.Right),
             new("Record accuracy", 0.72f, SKTextAlign.Right), new("95% interval", 1.12f, SKTextAlign.Right),
             new("Code accuracy", 0.72f, SKTextAlign.Right), new("95% interval", 1.12f, SKTextAlign.Right),
             new("Status", 1.05f), new("Change vs previous", 0.72f, SKTextAlign.Right), new("12-month average", 0.7f, SKTextAlign.Right)],
            rows, dense: true));
    }

    private void ComposePopulationEditHits()
    {
        var hits = report.PopulationEditHits;
        if (hits.Count == 0) return;
        Section("Payer edits over every claim of the period", newPage: false);
        var claims = hits.Sum(h => h.Claims);
        var withHits = hits.Sum(h => h.ClaimsWithHits);
        flow.Add(new Paragraph(Narrative.Runs(
            $"Besides the sample, all {Int(claims)} claims of the frame went through the payer edits (NCCI PTP, MUE, add-on, " +
            $"ICD-10-CM validity and Excludes1, MCE age and sex, modifiers, payer rules); {Int(withHits)} of them " +
            $"({ReportFormat.Percent(claims == 0 ? 0 : (double)withHits / claims)}) hit at least one. These are screening hits, " +
            "not audited errors: they steer targeted samples and education. Dates with no reference data are not counted.", theme), 8));
        var rows = hits.Select(h => new TableRow(
        [
            new TableCell(h.CoderId), new TableCell(report.Audience == Audience.ExternalAuditor ? "(withheld)" : h.Name),
            new TableCell(Int(h.Claims)), new TableCell(Int(h.ClaimsWithHits)),
            new TableCell(ReportFormat.Percent(h.Rate), theme.CellBold),
            new TableCell(string.Join(", ", h.ByKind.Take(4).Select(k => $"{k.Kind} {Int(k.Claims)}"))),
        ])).ToList();
        flow.Add(NewTable(
            [new("Coder", 0.5f), new("Name", 1.2f), new("Claims", 0.7f, SKTextAlign.Right), new("Claims with hits", 0.8f, SKTextAlign.Right),
             new("Hit rate", 0.6f, SKTextAlign.Right), new("Most frequent edits (claims)", 3.2f)],
            rows, dense: true));
    }

    private void ComposeCharts()
    {
        Section("Charts");
        ReportCharts.RegisterFonts(theme);
        flow.Add(Chart(ReportCharts.AccuracyByCoder(theme, report), 300));
        flow.Add(new Paragraph("Bars: record accuracy; whiskers: 95% interval; red bars are below target with the whole interval below it, amber bars below target but inconclusive.", theme.Small, 10));
        flow.Add(Chart(ReportCharts.Pareto(theme, report), 250));
        if (report.Trends.Count > 0) flow.Add(Chart(ReportCharts.Trend(theme, report), 320));
    }

    private void ComposeCoderSections()
    {
        var below = report.CodersBelowTarget.OrderBy(c => c.RecordAccuracy.Value).ToList();
        Section("Coders below target");
        if (below.Count == 0)
        {
            flow.Add(new Paragraph("Every coder meets the target this period.", theme.Body));
            return;
        }
        var byCoder = report.Findings.ToLookup(f => f.CoderId, StringComparer.Ordinal);
        var first = true;
        foreach (var coder in below)
        {
            if (!first) flow.Add(new Spacer(14));
            first = false;
            var head = new List<Element>
            {
                new Paragraph([new Run($"{CoderName(coder)} ({coder.CoderId}) - {ReportFormat.Percent(coder.RecordAccuracy.Value)}, {coder.Status.Label()}", theme.H2)], spaceAfter: 4),
            };
            head.AddRange(Narrative.ToElements(templates.Render("coder-education", NarrativeValues.CoderEducation(report, coder, profile)), theme));
            if (report.Trends.Any(t => t.CoderId == coder.CoderId))
                head.Add(Chart(ReportCharts.Trend(theme, report, coder.CoderId), 130));
            flow.Add(new KeepTogether(head));
            var findings = byCoder[coder.CoderId].ToList();
            if (findings.Count == 0) continue;
            var excerpt = profile.Thresholds.EvidenceExcerptChars;
            flow.Add(NewTable(
                [new("Claim", 0.95f), new("Date", 0.85f), new("Category", 1.1f), new("Billed → expected", 0.9f),
                 new("Finding", 2.2f), new("Evidence excerpt", 2.2f), new("Amount", 0.7f, SKTextAlign.Right)],
                findings.Select(f => new TableRow(
                [
                    new TableCell(f.ClaimId), new TableCell(ReportFormat.Date(f.DateOfService)), new TableCell(f.Category),
                    new TableCell(f.Expected is null ? f.Code : $"{f.Code} → {f.Expected}"),
                    new TableCell(f.Message),
                    new TableCell(Excerpt(f.EvidenceText, excerpt)),
                    new TableCell(f.Amount is { } a ? ReportFormat.Money(a) : ""),
                ])).ToList()));
        }
    }

    private void ComposeFindingsAppendix()
    {
        Section("Appendix: all findings");
        flow.Add(new Paragraph($"{ReportFormat.Count(report.Findings.Count)} findings, in claim order. Amount: positive = overpaid, negative = underpaid.", theme.Small, 6));
        flow.Add(NewTable(
            [new("Claim / line", 1.0f), new("Coder", 0.5f), new("Date", 0.92f), new("Kind / rule", 1.45f), new("Category", 0.95f),
             new("Severity", 0.6f), new("Billed → expected", 0.9f), new("Amount", 0.65f, SKTextAlign.Right),
             new("Message, citation and evidence", 3.0f)],
            report.Findings.OrderBy(f => f.ClaimId, StringComparer.Ordinal).ThenBy(f => f.Line).Select(f => new TableRow(
            [
                new TableCell(f.Line is { } l ? $"{f.ClaimId}\nline {l}" : f.ClaimId), new TableCell(f.CoderId),
                new TableCell(ReportFormat.Date(f.DateOfService)), new TableCell($"{f.Kind}\n{f.RuleId}"), new TableCell(f.Category),
                new TableCell(f.Severity), new TableCell(f.Expected is null ? f.Code : $"{f.Code} → {f.Expected}"),
                new TableCell(f.Amount is { } a ? ReportFormat.Money(a) : ""),
                new TableCell($"{f.Message}\nCitation: {f.Citation}" + (f.EvidenceText is { Length: > 0 } e ? $"\nEvidence: {e}" : "")),
            ])).ToList(), dense: true));
    }

    private void ComposeProjection()
    {
        Section("Projection (RAT-STATS appraisal)", newPage: false);
        if (report.Projection is not { } p || !report.Run.IsProbabilitySample)
        {
            flow.Add(new Paragraph("Not projected: the sample design does not allow projection to the frame (a judgment or targeted sample describes only the claims reviewed).", theme.Body));
            return;
        }
        flow.Add(KeyValues(
        [
            ("Appraisal", p.Kind),
            ("Universe (frame) size", ReportFormat.Count(p.UniverseSize)),
            ("Sample size", ReportFormat.Count(p.SampleSize)),
            ("Sample mean", ReportFormat.Money(p.SampleMean)),
            ("Point estimate", ReportFormat.Money(p.PointEstimate)),
            ("Standard error (total)", ReportFormat.Money(p.StandardErrorOfTotal)),
        ]));
        flow.Add(new Spacer(6));
        flow.Add(NewTable(
            [new("Confidence (two-sided)", 1f), new("Lower limit", 1f, SKTextAlign.Right), new("Upper limit", 1f, SKTextAlign.Right),
             new("Precision", 1f, SKTextAlign.Right), new("Precision %", 0.8f, SKTextAlign.Right)],
            p.Limits.Select(l => new TableRow(
            [
                new TableCell(ReportFormat.Percent(l.Confidence)), new TableCell(ReportFormat.Money(l.Lower), l.Confidence is > 0.89 and < 0.91 ? theme.CellBold : null),
                new TableCell(ReportFormat.Money(l.Upper)), new TableCell(ReportFormat.Money(l.Precision)), new TableCell(ReportFormat.Percent(l.PrecisionPercent)),
            ])).ToList()));
        if (p.Note is { Length: > 0 } note) flow.Add(new Paragraph(note, theme.Small, 6));
    }

    private void ComposeSignOff()
    {
        var block = new List<Element> { new Spacer(10), new Paragraph([new Run("Sign-off", theme.H1)], spaceAfter: 8) };
        block.AddRange(Narrative.ToElements(templates.Render("sign-off", NarrativeValues.SignOff(report)), theme));
        foreach (var signatory in report.SignOff.Signatories)
        {
            block.Add(new CanvasBlock(52, (canvas, r) =>
            {
                theme.BodyBold.Draw(canvas, signatory.Role, r.Left, r.Top + 4);
                using var line = new SKPaint { Color = theme.Ink, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
                var nameX = r.Left;
                var signX = r.Left + r.Width * 0.42f;
                var dateX = r.Left + r.Width * 0.8f;
                canvas.DrawLine(nameX, r.Top + 38, signX - 14, r.Top + 38, line);
                canvas.DrawLine(signX, r.Top + 38, dateX - 14, r.Top + 38, line);
                canvas.DrawLine(dateX, r.Top + 38, r.Right, r.Top + 38, line);
                if (signatory.Name is { } n) theme.Body.Draw(canvas, n, nameX, r.Top + 24);
                if (signatory.Date is { } d) theme.Body.Draw(canvas, ReportFormat.Date(d), dateX, r.Top + 24);
                theme.Small.Draw(canvas, "Name", nameX, r.Top + 40);
                theme.Small.Draw(canvas, "Signature", signX, r.Top + 40);
                theme.Small.Draw(canvas, "Date", dateX, r.Top + 40);
            }));
        }
        flow.Add(new KeepTogether(block));
    }

    private void Section(string title, bool newPage = true)
    {
        if (newPage) flow.Add(new PageBreak());
        else flow.Add(new Spacer(12));
        flow.Add(new Paragraph([new Run(title, theme.H1)], spaceAfter: 8, keepWithNext: true));
    }

    private Paragraph Heading2(string title) => new([new Run(title, theme.H2)], spaceAfter: 4, keepWithNext: true) { };

    private Element Chart(ScottPlot.Plot plot, float height) => new CanvasBlock(height, (canvas, rect) => ReportCharts.Draw(plot, canvas, rect));

    private Table NewTable(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, bool dense = false) =>
        dense
            ? new(columns, rows.Select(r => r with { Cells = r.Cells.Select(c => c.Style is null ? c : c with { Style = c.Style.WithSize(6.3f) }).ToList() }).ToList(),
                theme.Cell.WithSize(6.3f), theme.CellHeader.WithSize(6.3f), theme.HeaderFill, theme.Rule)
            : new(columns, rows, theme.Cell, theme.CellHeader, theme.HeaderFill, theme.Rule);

    private Table KeyValues(IReadOnlyList<(string Key, string Value)> pairs) =>
        new([new("Item", 1f), new("Value", 3f)],
            pairs.Select(p => new TableRow([new TableCell(p.Key, theme.CellBold.WithSize(8.5f)), new TableCell(p.Value, theme.Cell.WithSize(8.5f))])).ToList(),
            theme.Cell, theme.CellHeader, theme.HeaderFill, theme.Rule, showHeader: false);

    private CanvasBlock Tiles(IReadOnlyList<(string Label, string Value, string Detail, SKColor Colour)> tiles) =>
        new(74, (canvas, r) =>
        {
            const float gap = 10;
            var w = (r.Width - gap * (tiles.Count - 1)) / tiles.Count;
            for (var i = 0; i < tiles.Count; i++)
            {
                var left = r.Left + i * (w + gap);
                using var fill = new SKPaint { Color = tiles[i].Colour.WithAlpha(28), Style = SKPaintStyle.Fill, IsAntialias = true };
                using var bar = new SKPaint { Color = tiles[i].Colour, Style = SKPaintStyle.Fill };
                canvas.DrawRoundRect(new SKRect(left, r.Top, left + w, r.Bottom), 4, 4, fill);
                canvas.DrawRect(new SKRect(left, r.Top, left + 3, r.Bottom), bar);
                theme.Small.Draw(canvas, tiles[i].Label, left + 10, r.Top + 8);
                new TextStyle(theme.Bold, 17, tiles[i].Colour).Draw(canvas, tiles[i].Value, left + 10, r.Top + 22);
                theme.Small.Draw(canvas, tiles[i].Detail, left + 10, r.Top + 50);
            }
        });

    private string CoderName(CoderResult c) => report.Audience == Audience.ExternalAuditor ? "(withheld)" : c.Name;

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Excerpt(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
