using System.Globalization;
using ClosedXML.Excel;
using CodingAudit.Reports.IO;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Templates;

namespace CodingAudit.Reports.Excel;

/// <summary>
/// Writes the audit workbook: Summary, Coders, Edit hits (when the run had a full-population pass), Findings, Sample, Frame summary, Methodology, Reference versions.
/// Numbers are numbers and dates are dates (typed cells with formats), so the auditor can filter and recompute.
/// </summary>
/// <remarks>
/// ClosedXML 0.95's AdjustToContents needs system fonts (throws on Linux), so column widths are set here.
/// The Findings sheet is written by <see cref="FindingsSheetStreamer"/> (SpreadsheetML text streamed into the zip)
/// because ClosedXML holds every cell in memory: 100,000 findings took 44 s and 1.4 GB with ClosedXML.
/// </remarks>
public sealed class AuditWorkbookWriter(ReportTemplates templates)
{
    internal const string FindingsSheet = "Findings";
    private const string Percent = "0.0%";
    private const string Money = "#,##0.00;-#,##0.00";
    private const string Date = "yyyy-mm-dd";

    internal static readonly string[] FindingHeaders =
        ["Claim id", "Coder id", "Date of service", "Line", "Kind", "Rule id", "Category", "Severity", "Code", "Expected",
         "Amount", "Message", "Citation", "Evidence", "Coder status"];

    internal static readonly double[] FindingWidths = [14, 9, 12, 6, 20, 22, 22, 9, 12, 12, 11, 50, 40, 50, 24];

    /// <summary>Writes the workbook to <paramref name="path"/> atomically.</summary>
    public void Write(AuditReport report, string path, bool streamFindings = true) =>
        AtomicFile.WriteViaPath(path, temp =>
        {
            using (var workbook = Build(report, streamFindings))
                workbook.SaveAs(temp);
            if (streamFindings) FindingsSheetStreamer.Fill(temp, report);
        });

    private XLWorkbook Build(AuditReport report, bool streamFindings)
    {
        var workbook = new XLWorkbook();
        workbook.Properties.Title = $"Coding audit workbook - {report.PlanName}";
        workbook.Properties.Author = report.OrganisationName;
        AddSummary(workbook, report);
        AddCoders(workbook, report);
        AddEditHits(workbook, report);
        AddFindings(workbook, report, streamFindings);
        AddSample(workbook, report);
        AddFrame(workbook, report);
        AddMethodology(workbook, report);
        AddReferenceVersions(workbook, report);
        return workbook;
    }

    private static void AddSummary(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Summary");
        var row = 1;
        ws.Cell(row, 1).Value = "Coding audit summary";
        ws.Cell(row, 1).Style.Font.Bold = true;
        ws.Cell(row, 1).Style.Font.FontSize = 14;
        row += 2;
        void Put(string label, object? value, string? format = null)
        {
            ws.Cell(row, 1).Value = label;
            ws.Cell(row, 1).Style.Font.Bold = true;
            var cell = ws.Cell(row, 2);
            SetTyped(cell, value);
            if (format is not null) cell.Style.NumberFormat.Format = format;
            row++;
        }
        Put("Organisation", report.OrganisationName);
        Put("Plan", report.PlanName);
        Put("Audience", report.Audience.ToString());
        Put("Period start", report.Period.Start, Date);
        Put("Period end", report.Period.End, Date);
        Put("Run id", report.Run.RunId);
        Put("Run at (UTC)", report.Run.RunAt.UtcDateTime, "yyyy-mm-dd hh:mm");
        Put("Records reviewed", report.OverallRecordAccuracy.Trials);
        Put("Codes reviewed", report.OverallCodeAccuracy.Trials);
        Put("Accuracy target", report.Target, Percent);
        Put("Record accuracy", report.OverallRecordAccuracy.Value, Percent);
        Put("Record accuracy 95% lower", report.OverallRecordAccuracy.Lower, Percent);
        Put("Record accuracy 95% upper", report.OverallRecordAccuracy.Upper, Percent);
        Put("Code accuracy", report.OverallCodeAccuracy.Value, Percent);
        Put("Code accuracy 95% lower", report.OverallCodeAccuracy.Lower, Percent);
        Put("Code accuracy 95% upper", report.OverallCodeAccuracy.Upper, Percent);
        Put("Interval method", report.OverallRecordAccuracy.Method);
        Put("Coders", report.Coders.Count);
        Put("Coders below target (point estimate)", report.CodersBelowTarget.Count());
        Put("Coders below target (whole interval)", report.Coders.Count(c => c.Status == CoderStatus.BelowTarget));
        Put("Findings", report.Findings.Count);
        Put("Overpayments", report.Financial.Overpayments, Money);
        Put("Underpayments", report.Financial.Underpayments, Money);
        Put("Net financial impact", report.Financial.Net, Money);
        Put("Total paid in sample", report.Financial.TotalPaidInSample, Money);
        Put("Net financial error rate", report.Financial.NetErrorRate, "0.00%");
        Put("Packet key fingerprint (SHA-256)", report.SigningKeyFingerprint ?? "");
        row++;
        ws.Cell(row, 1).Value = "Error category";
        ws.Cell(row, 2).Value = "Findings";
        ws.Cell(row, 3).Value = "Net amount";
        ws.Range(row, 1, row, 3).Style.Font.Bold = true;
        foreach (var c in report.ErrorCategories)
        {
            row++;
            ws.Cell(row, 1).Value = c.Category;
            ws.Cell(row, 2).Value = c.Count;
            ws.Cell(row, 3).Value = c.NetAmount;
            ws.Cell(row, 3).Style.NumberFormat.Format = Money;
        }
        ws.Column(1).Width = 38;
        ws.Column(2).Width = 70;
        ws.Column(3).Width = 14;
    }

    private static void AddCoders(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Coders");
        string[] headers = ["Coder id", "Name", "Records", "Codes", "Records with errors", "Code errors", "Record accuracy",
            "Record 95% lower", "Record 95% upper", "Code accuracy", "Code 95% lower", "Code 95% upper", "Status",
            "Previous record accuracy", "Change vs previous", "12-month record accuracy", "Net amount"];
        Header(ws, headers, [10, 22, 9, 9, 11, 10, 11, 11, 11, 11, 11, 11, 26, 12, 12, 12, 12]);
        var row = 2;
        foreach (var c in report.Coders)
        {
            object?[] values = [c.CoderId, report.Audience == Audience.ExternalAuditor ? "(withheld)" : c.Name, c.Records, c.Codes,
                c.RecordsWithErrors, c.CodeErrors, c.RecordAccuracy.Value, c.RecordAccuracy.Lower, c.RecordAccuracy.Upper,
                c.CodeAccuracy.Value, c.CodeAccuracy.Lower, c.CodeAccuracy.Upper, c.Status.Label(),
                c.PreviousRecordAccuracy, c.ChangeVsPrevious, c.TwelveMonthRecordAccuracy, c.NetAmount];
            for (var i = 0; i < values.Length; i++) SetTyped(ws.Cell(row, i + 1), values[i]);
            foreach (var col in new[] { 7, 8, 9, 10, 11, 12, 14, 16 }) ws.Cell(row, col).Style.NumberFormat.Format = Percent;
            ws.Cell(row, 15).Style.NumberFormat.Format = "+0.0%;-0.0%;0.0%";
            ws.Cell(row, 17).Style.NumberFormat.Format = Money;
            if (c.RecordAccuracy.Value < report.Target) ws.Range(row, 1, row, headers.Length).Style.Fill.BackgroundColor = BelowTargetFill;
            row++;
        }
        Finish(ws, headers.Length, row - 1);
    }

    private static void AddFindings(XLWorkbook workbook, AuditReport report, bool streamed)
    {
        var ws = workbook.AddWorksheet(FindingsSheet);
        Header(ws, FindingHeaders, FindingWidths);
        if (streamed)
        {
            // Template rows carrying the styles the SAX writer reuses: row 2 normal, row 3 highlighted.
            for (var i = 1; i <= FindingHeaders.Length; i++)
            {
                ws.Cell(2, i).Value = "";
                ws.Cell(3, i).Value = "";
            }
            ApplyFindingStyles(ws.Row(2), highlighted: false);
            ApplyFindingStyles(ws.Row(3), highlighted: true);
            ws.Cell(2, 1).Value = "template";
            ws.Cell(3, 1).Value = "template";
            Finish(ws, FindingHeaders.Length, Math.Max(report.Findings.Count + 1, 3));
            return;
        }
        var below = report.CodersBelowTarget.Select(c => c.CoderId).ToHashSet(StringComparer.Ordinal);
        var status = report.Coders.ToDictionary(c => c.CoderId, c => c.Status.Label(), StringComparer.Ordinal);
        var row = 2;
        foreach (var f in report.Findings)
        {
            var values = FindingValues(f, status);
            for (var i = 0; i < values.Length; i++) SetTyped(ws.Cell(row, i + 1), values[i]);
            ApplyFindingStyles(ws.Row(row), below.Contains(f.CoderId));
            row++;
        }
        Finish(ws, FindingHeaders.Length, row - 1);
    }

    internal static object?[] FindingValues(ReportFinding f, IReadOnlyDictionary<string, string> coderStatus) =>
    [
        f.ClaimId, f.CoderId, f.DateOfService, f.Line, f.Kind, f.RuleId, f.Category, f.Severity, f.Code, f.Expected,
        f.Amount, f.Message, f.Citation, f.EvidenceText, coderStatus.GetValueOrDefault(f.CoderId, ""),
    ];

    private static void ApplyFindingStyles(IXLRow row, bool highlighted)
    {
        row.Cell(3).Style.NumberFormat.Format = Date;
        row.Cell(11).Style.NumberFormat.Format = Money;
        if (highlighted) row.Cells(1, FindingHeaders.Length).Style.Fill.BackgroundColor = BelowTargetFill;
    }

    /// <summary>Payer-edit hits per coder over every frame claim, one column per edit kind.</summary>
    private static void AddEditHits(XLWorkbook workbook, AuditReport report)
    {
        if (report.PopulationEditHits.Count == 0) return;
        var ws = workbook.AddWorksheet("Edit hits");
        var kinds = report.PopulationEditHits.SelectMany(h => h.ByKind).GroupBy(k => k.Kind)
            .OrderByDescending(g => g.Sum(k => k.Claims)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var headers = new List<string> { "Coder id", "Name", "Claims in frame", "Claims with edit hits", "Hit rate" };
        headers.AddRange(kinds.Select(k => $"Claims: {k}"));
        Header(ws, headers, [10, 22, 12, 12, 10, .. kinds.Select(_ => 12.0)]);
        var row = 2;
        foreach (var h in report.PopulationEditHits)
        {
            var byKind = h.ByKind.ToDictionary(k => k.Kind, k => k.Claims, StringComparer.Ordinal);
            var values = new List<object?> { h.CoderId, report.Audience == Audience.ExternalAuditor ? "(withheld)" : h.Name, h.Claims, h.ClaimsWithHits, h.Rate };
            values.AddRange(kinds.Select(k => (object?)byKind.GetValueOrDefault(k)));
            for (var i = 0; i < values.Count; i++) SetTyped(ws.Cell(row, i + 1), values[i]);
            ws.Cell(row, 5).Style.NumberFormat.Format = Percent;
            row++;
        }
        Finish(ws, headers.Count, row - 1);
    }

    private static void AddSample(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Sample");
        var internalView = report.Audience != Audience.ExternalAuditor && !report.PhiMinimised;
        var headers = new List<string> { "Claim id", "Stratum", "Coder id", "Frame position", "Random number", "Selection order",
            "Date of service", "Paid amount", internalView ? "Patient id" : "Patient pseudonym" };
        if (internalView) headers.AddRange(["Patient name", "Birth date"]);
        headers.AddRange(["Age at service", "Findings on claim", "Spare"]);
        Header(ws, headers, [14, 10, 10, 12, 12, 12, 13, 12, 18, 22, 12, 10, 10, 8]);
        var row = 2;
        foreach (var s in report.Sample.OrderBy(s => s.FramePosition))
        {
            var values = new List<object?> { s.ClaimId, s.Stratum, s.CoderId, s.FramePosition, s.RandomNumber, s.SelectionOrder,
                s.DateOfService, s.PaidAmount, s.PatientId };
            if (internalView) values.AddRange([s.PatientName, s.PatientBirthDate]);
            values.AddRange([s.PatientAge, s.Errors, s.IsSpare ? "yes" : "no"]);
            for (var i = 0; i < values.Count; i++) SetTyped(ws.Cell(row, i + 1), values[i]);
            ws.Cell(row, 7).Style.NumberFormat.Format = Date;
            ws.Cell(row, 8).Style.NumberFormat.Format = Money;
            if (internalView) ws.Cell(row, 11).Style.NumberFormat.Format = Date;
            row++;
        }
        Finish(ws, headers.Count, row - 1);
    }

    private static void AddFrame(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Frame summary");
        var f = report.Frame;
        (string, object?, string?)[] items =
        [
            ("Claims in frame", f.ClaimCount, null), ("Total paid", f.TotalPaid, Money), ("First date of service", f.FirstService, Date),
            ("Last date of service", f.LastService, Date), ("Ordering", f.Ordering, null), ("Frame SHA-256", report.Run.FrameSha256, null),
        ];
        var row = 1;
        foreach (var (label, value, format) in items)
        {
            ws.Cell(row, 1).Value = label;
            ws.Cell(row, 1).Style.Font.Bold = true;
            SetTyped(ws.Cell(row, 2), value);
            if (format is not null) ws.Cell(row, 2).Style.NumberFormat.Format = format;
            row++;
        }
        row++;
        string[] headers = ["Stratum", "Claims", "Total paid", "Sample size"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(row, i + 1).Value = headers[i];
        ws.Range(row, 1, row, headers.Length).Style.Font.Bold = true;
        foreach (var s in f.Strata)
        {
            row++;
            ws.Cell(row, 1).Value = s.Name;
            ws.Cell(row, 2).Value = s.ClaimCount;
            ws.Cell(row, 3).Value = s.TotalPaid;
            ws.Cell(row, 3).Style.NumberFormat.Format = Money;
            ws.Cell(row, 4).Value = s.SampleSize;
        }
        ws.Column(1).Width = 24;
        ws.Column(2).Width = 68;
        ws.Column(3).Width = 14;
        ws.Column(4).Width = 12;
    }

    private void AddMethodology(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Methodology");
        var text = templates.Render("methodology", NarrativeValues.Methodology(report)).Replace("**", "", StringComparison.Ordinal);
        var row = 1;
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            ws.Cell(row, 1).Value = paragraph;
            ws.Cell(row, 1).Style.Alignment.WrapText = true;
            ws.Range(row, 1, row, 7).Merge();
            ws.Row(row).Height = 15 * Math.Max(1, Math.Ceiling(paragraph.Length / 120.0));
            row++;
        }
        row++;
        string[] headers = ["Stratum", "Seed", "Frame low", "Frame high", "Quantity in sequence", "Spares", "Sum of sample numbers"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(row, i + 1).Value = headers[i];
        ws.Range(row, 1, row, headers.Length).Style.Font.Bold = true;
        foreach (var r in report.Run.Redraw)
        {
            row++;
            object?[] values = [r.Stratum, r.Seed, r.FrameLow, r.FrameHigh, r.QuantityInSequence, r.Spares, r.SumOfNumbers];
            for (var i = 0; i < values.Length; i++) SetTyped(ws.Cell(row, i + 1), values[i]);
            ws.Cell(row, 2).Style.NumberFormat.Format = "0.00";
        }
        foreach (var (col, width) in new[] { (1, 16.0), (2, 16.0), (3, 12.0), (4, 12.0), (5, 14.0), (6, 10.0), (7, 22.0) }) ws.Column(col).Width = width;
    }

    private static void AddReferenceVersions(XLWorkbook workbook, AuditReport report)
    {
        var ws = workbook.AddWorksheet("Reference versions");
        Header(ws, ["Table", "Version", "Source"], [34, 18, 48]);
        var row = 2;
        foreach (var v in report.Run.ReferenceVersions)
        {
            ws.Cell(row, 1).Value = v.Table;
            ws.Cell(row, 2).Value = v.Version;
            ws.Cell(row, 3).Value = v.Source;
            row++;
        }
        row++;
        ws.Cell(row, 1).Value = "Program version";
        ws.Cell(row, 2).Value = report.Run.ProgramVersion;
        ws.Cell(row + 1, 1).Value = "Run id";
        ws.Cell(row + 1, 2).Value = report.Run.RunId;
        ws.Range(row, 1, row + 1, 1).Style.Font.Bold = true;
    }

    private static readonly XLColor BelowTargetFill = XLColor.FromHtml("#FBE3E0");

    private static void Header(IXLWorksheet ws, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            ws.Cell(1, i + 1).Value = headers[i];
            ws.Column(i + 1).Width = i < widths.Count ? widths[i] : 12;
        }
        var range = ws.Range(1, 1, 1, headers.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6F0");
        range.Style.Alignment.WrapText = true;
    }

    private static void Finish(IXLWorksheet ws, int columns, int lastRow)
    {
        ws.SheetView.FreezeRows(1);
        ws.Range(1, 1, Math.Max(lastRow, 1), columns).SetAutoFilter();
    }

    private static void SetTyped(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case string s: cell.SetValue(s); break;
            case int i: cell.SetValue(i); break;
            case long l: cell.SetValue(l); break;
            case double d: cell.SetValue(d); break;
            case decimal m: cell.SetValue(m); break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = Date;
                break;
            case DateTime dt: cell.SetValue(dt); break;
            case bool b: cell.SetValue(b); break;
            default: cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
