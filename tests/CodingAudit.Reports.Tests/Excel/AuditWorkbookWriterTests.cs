using ClosedXML.Excel;
using CodingAudit.Reports.Excel;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Tests.Support;
using CodingAudit.Testing;

namespace CodingAudit.Reports.Tests.Excel;

public sealed class AuditWorkbookWriterTests : IDisposable
{
    private readonly TempFolder folder = new("reports-xlsx");
    private readonly AuditReport report = TestReports.Small();

    public void Dispose() => folder.Dispose();

    private XLWorkbook Write(AuditReport model, bool stream = true, string name = "audit.xlsx")
    {
        var path = folder.File(name);
        new AuditWorkbookWriter(TestReports.Templates).Write(model, path, stream);
        return new XLWorkbook(path);
    }

    [Fact]
    public void Workbook_HasEverySheet()
    {
        using var workbook = Write(report);
        Assert.Equal(["Summary", "Coders", "Edit hits", "Findings", "Sample", "Frame summary", "Methodology", "Reference versions"],
            workbook.Worksheets.Select(w => w.Name).ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Workbook_Findings_OneTypedRowPerFinding(bool streamed)
    {
        using var workbook = Write(report, streamed);
        var sheet = workbook.Worksheet("Findings");
        Assert.Equal(report.Findings.Count + 1, sheet.LastRowUsed()!.RowNumber());
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            var row = sheet.Row(i + 2);
            Assert.Equal(f.ClaimId, row.Cell(1).GetString());
            Assert.Equal(f.CoderId, row.Cell(2).GetString());
            Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
            Assert.Equal(f.DateOfService.ToDateTime(TimeOnly.MinValue), row.Cell(3).GetDateTime());
            if (f.Line is { } line)
            {
                Assert.Equal(XLDataType.Number, row.Cell(4).DataType);
                Assert.Equal(line, row.Cell(4).GetValue<int>());
            }
            else Assert.True(row.Cell(4).IsEmpty());
            Assert.Equal(f.Kind, row.Cell(5).GetString());
            Assert.Equal(f.RuleId, row.Cell(6).GetString());
            Assert.Equal(f.Category, row.Cell(7).GetString());
            Assert.Equal(f.Severity, row.Cell(8).GetString());
            Assert.Equal(f.Code, row.Cell(9).GetString());
            Assert.Equal(f.Expected ?? "", row.Cell(10).GetString());
            if (f.Amount is { } amount)
            {
                Assert.Equal(XLDataType.Number, row.Cell(11).DataType);
                Assert.Equal(amount, row.Cell(11).GetValue<decimal>());
            }
            else Assert.True(row.Cell(11).IsEmpty());
            Assert.Equal(f.Message, row.Cell(12).GetString());
            Assert.Equal(f.Citation, row.Cell(13).GetString());
            Assert.Equal(f.EvidenceText ?? "", row.Cell(14).GetString());
        }
    }

    [Fact]
    public void Workbook_Findings_HeaderFrozenFilteredAndBelowTargetRowsHighlighted()
    {
        using var workbook = Write(report);
        var sheet = workbook.Worksheet("Findings");
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal($"A1:O{report.Findings.Count + 1}", sheet.AutoFilter.Range.RangeAddress.ToString());
        var below = report.CodersBelowTarget.Select(c => c.CoderId).ToHashSet();
        Assert.Contains(report.Findings, f => below.Contains(f.CoderId));
        Assert.Contains(report.Findings, f => !below.Contains(f.CoderId));
        var fill = XLColor.FromHtml("#FBE3E0");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var colour = sheet.Cell(i + 2, 1).Style.Fill.BackgroundColor;
            Assert.Equal(below.Contains(report.Findings[i].CoderId), colour == fill);
        }
    }

    [Fact]
    public void Workbook_Coders_RatesAreNumbersMatchingTheModel()
    {
        using var workbook = Write(report);
        var sheet = workbook.Worksheet("Coders");
        for (var i = 0; i < report.Coders.Count; i++)
        {
            var c = report.Coders[i];
            var row = sheet.Row(i + 2);
            Assert.Equal(c.CoderId, row.Cell(1).GetString());
            Assert.Equal(XLDataType.Number, row.Cell(3).DataType);
            Assert.Equal(c.Records, row.Cell(3).GetValue<int>());
            Assert.Equal(c.RecordsWithErrors, row.Cell(5).GetValue<int>());
            Assert.Equal(XLDataType.Number, row.Cell(7).DataType);
            Assert.Equal((double)(c.Records - c.RecordsWithErrors) / c.Records, row.Cell(7).GetDouble(), 12);
            Assert.Equal((double)(c.Codes - c.CodeErrors) / c.Codes, row.Cell(10).GetDouble(), 12);
            Assert.Equal(c.Status.Label(), row.Cell(13).GetString());
        }
    }

    [Fact]
    public void Workbook_EditHits_OneRowPerCoderWithRateAndClaimsPerKind()
    {
        using var workbook = Write(report);
        var sheet = workbook.Worksheet("Edit hits");
        var kinds = Enumerable.Range(6, sheet.LastColumnUsed().ColumnNumber() - 5)
            .Select(col => sheet.Cell(1, col).GetString()).ToList();
        Assert.Contains("Claims: mue", kinds);
        for (var i = 0; i < report.PopulationEditHits.Count; i++)
        {
            var h = report.PopulationEditHits[i];
            var row = sheet.Row(i + 2);
            Assert.Equal((h.CoderId, h.Claims, h.ClaimsWithHits), (row.Cell(1).GetString(), row.Cell(3).GetValue<int>(), row.Cell(4).GetValue<int>()));
            Assert.Equal(h.Rate, row.Cell(5).GetDouble(), 12);
            foreach (var k in h.ByKind) Assert.Equal(k.Claims, row.Cell(6 + kinds.IndexOf($"Claims: {k.Kind}")).GetValue<int>());
        }
    }

    [Fact]
    public void Workbook_WithoutPopulationPass_HasNoEditHitsSheet()
    {
        using var workbook = Write(report with { PopulationEditHits = [] }, name: "no-hits.xlsx");
        Assert.DoesNotContain("Edit hits", workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void Workbook_Sample_HoldsEachDrawWithTypedDates()
    {
        using var workbook = Write(report);
        var sheet = workbook.Worksheet("Sample");
        var byClaim = report.Sample.ToDictionary(s => s.ClaimId);
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(report.Sample.Count, rows.Count);
        foreach (var row in rows)
        {
            var item = byClaim[row.Cell(1).GetString()];
            Assert.Equal(item.FramePosition, row.Cell(4).GetValue<long>());
            Assert.Equal(item.RandomNumber, row.Cell(5).GetValue<long>());
            Assert.Equal(item.SelectionOrder, row.Cell(6).GetValue<int>());
            Assert.Equal(XLDataType.DateTime, row.Cell(7).DataType);
            Assert.Equal(item.PaidAmount, row.Cell(8).GetValue<decimal>());
        }
    }

    [Fact]
    public void Workbook_Summary_TypedFigures()
    {
        using var workbook = Write(report);
        var sheet = workbook.Worksheet("Summary");
        var values = sheet.RowsUsed().Where(r => !r.Cell(1).IsEmpty()).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2));
        Assert.Equal(XLDataType.DateTime, values["Period start"].DataType);
        Assert.Equal(report.OverallRecordAccuracy.Value, values["Record accuracy"].GetDouble(), 12);
        Assert.Equal(report.Findings.Count, values["Findings"].GetValue<int>());
        Assert.Equal(report.Financial.Net, values["Net financial impact"].GetValue<decimal>());
    }

    [SkippableFact]
    public void Workbook_LibreOffice_Converts()
    {
        var soffice = ExternalTool.Find("soffice") ?? ExternalTool.Find("libreoffice");
        Skip.If(soffice is null, "LibreOffice is not installed");
        Write(report).Dispose();
        var outDir = folder.File("converted");
        var (exit, output) = ExternalTool.Run(soffice!,
            $"--headless -env:UserInstallation=file://{folder.File("lo-profile")} --convert-to ods --outdir \"{outDir}\" \"{folder.File("audit.xlsx")}\"",
            TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(outDir, "audit.ods")), output);
    }
}
