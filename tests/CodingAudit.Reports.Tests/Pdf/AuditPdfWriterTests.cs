using System.Globalization;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Pdf;
using CodingAudit.Reports.Tests.Support;
using CodingAudit.Testing;
using UglyToad.PdfPig;

namespace CodingAudit.Reports.Tests.Pdf;

public sealed class AuditPdfWriterTests : IClassFixture<AuditPdfWriterTests.Rendered>
{
    /// <summary>One compliance-officer PDF with 300 findings (so the appendix spans pages), rendered once.</summary>
    public sealed class Rendered : IDisposable
    {
        public Rendered()
        {
            Report = TestReports.Small().WithFindingCount(300);
            Path = Folder.File("report.pdf");
            PageCount = new AuditPdfWriter(TestReports.Templates).Write(Report, Path);
            using var document = PdfDocument.Open(Path);
            Pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
            Title = document.Information.Title;
            Author = document.Information.Author;
        }

        public TempFolder Folder { get; } = new("reports-pdf");
        public AuditReport Report { get; }
        public string Path { get; }
        public int PageCount { get; }
        public IReadOnlyList<string> Pages { get; }
        public string? Title { get; }
        public string? Author { get; }

        public void Dispose() => Folder.Dispose();
    }

    private readonly Rendered pdf;

    public AuditPdfWriterTests(Rendered pdf) => this.pdf = pdf;

    private static string Percent(int successes, int trials) =>
        (successes * 100.0 / trials).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    [Fact]
    public void Pdf_CoderTable_HoldsEachCodersRatesAsComputed()
    {
        var words = string.Join(' ', pdf.Pages.Where(p => p.Contains("Results by coder", StringComparison.Ordinal) || p.Contains("Change vs", StringComparison.Ordinal)))
            .Split(' ');
        foreach (var coder in pdf.Report.Coders)
        {
            var at = Array.IndexOf(words, coder.CoderId);
            Assert.True(at >= 0, $"{coder.CoderId} not in the coder table");
            var row = string.Join(' ', words.Skip(at).Take(22));
            Assert.Contains(Percent(coder.Records - coder.RecordsWithErrors, coder.Records), row, StringComparison.Ordinal);
            Assert.Contains(Percent(coder.Codes - coder.CodeErrors, coder.Codes), row, StringComparison.Ordinal);
            Assert.Contains($" {coder.Records} {coder.Codes} {coder.RecordsWithErrors} {coder.CodeErrors} ", " " + row + " ", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_PopulationEditHits_TableHoldsEachCodersClaimsAndRate()
    {
        // The section may start mid-page and run onto the next: read from its heading on.
        var text = string.Join(' ', pdf.Pages);
        var words = text[text.IndexOf("Payer edits over every claim", StringComparison.Ordinal)..].Split(' ');
        foreach (var h in pdf.Report.PopulationEditHits)
        {
            var at = Array.IndexOf(words, h.CoderId);
            Assert.True(at >= 0, $"{h.CoderId} not in the edit-hit table");
            var row = " " + string.Join(' ', words.Skip(at).Take(12)) + " ";
            Assert.Contains($" {h.Claims.ToString(CultureInfo.InvariantCulture)} {h.ClaimsWithHits.ToString(CultureInfo.InvariantCulture)} {Percent(h.ClaimsWithHits, h.Claims)} ", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_EveryPage_SaysPageXOfN()
    {
        Assert.Equal(pdf.PageCount, pdf.Pages.Count);
        Assert.True(pdf.PageCount > 5);
        for (var i = 0; i < pdf.Pages.Count; i++)
            Assert.Contains($"Page {i + 1} of {pdf.PageCount}", pdf.Pages[i], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_EveryPage_HasOrganisationAndConfidentialityNotice()
    {
        var notice = TestReports.Templates.Organisation.ConfidentialityNotice;
        foreach (var page in pdf.Pages)
        {
            Assert.Contains(pdf.Report.OrganisationName, page, StringComparison.Ordinal);
            Assert.Contains(notice, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_FindingsAppendix_SpansPagesWithHeaderRepeated()
    {
        var first = pdf.Pages.ToList().FindIndex(p => p.Contains("Appendix: all findings", StringComparison.Ordinal));
        var last = pdf.Pages.ToList().FindIndex(p => p.Contains("Projection (RAT-STATS appraisal)", StringComparison.Ordinal));
        Assert.True(first > 0 && last > first + 1, $"appendix pages {first}..{last}");
        for (var i = first; i <= last; i++)
        {
            if (i == last && !pdf.Pages[i].Contains("CLM", StringComparison.Ordinal)) continue;
            Assert.Contains("Message, citation and evidence", pdf.Pages[i], StringComparison.Ordinal);
        }
        // Every finding's claim appears in the appendix.
        var appendix = string.Join(' ', pdf.Pages.Skip(first).Take(last - first + 1));
        foreach (var claim in pdf.Report.Findings.Select(f => f.ClaimId).Distinct())
            Assert.Contains(claim, appendix, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_BelowTargetCoders_EachHaveASection()
    {
        var text = string.Join(' ', pdf.Pages);
        foreach (var coder in pdf.Report.CodersBelowTarget)
            Assert.Contains($"{coder.Name} ({coder.CoderId}) - {ReportFormat.Percent(coder.RecordAccuracy.Value)}", text, StringComparison.Ordinal);
        Assert.NotEmpty(pdf.Report.CodersBelowTarget);
    }

    [Fact]
    public void Pdf_Metadata_HasTitleAndAuthor()
    {
        Assert.Equal($"Coding Audit Report - {pdf.Report.PlanName}", pdf.Title);
        Assert.Equal(pdf.Report.OrganisationName, pdf.Author);
    }

    [SkippableFact]
    public void Pdf_QpdfCheck_Passes()
    {
        var qpdf = ExternalTool.Find("qpdf");
        Skip.If(qpdf is null, "qpdf is not installed");
        var (exit, output) = ExternalTool.Run(qpdf!, $"--check \"{pdf.Path}\"", TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_ExternalAuditor_WithholdsCoderNamesAndOmitsEducation()
    {
        using var folder = new TempFolder("reports-pdf-ext");
        var report = TestReports.Small(Audience.ExternalAuditor) with { SigningKeyFingerprint = new string('a', 64) };
        new AuditPdfWriter(TestReports.Templates).Write(report, folder.File("ext.pdf"));
        using var document = PdfDocument.Open(folder.File("ext.pdf"));
        var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        foreach (var coder in report.Coders) Assert.DoesNotContain(coder.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Education focus", text, StringComparison.Ordinal);
        Assert.Contains(new string('a', 64), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_JudgmentSample_SaysNotProjected()
    {
        using var folder = new TempFolder("reports-pdf-judgment");
        var report = TestReports.Small() with
        {
            Run = TestReports.Small().Run with { IsProbabilitySample = false, Design = "Targeted: E/M level 5 and modifier 25 claims" },
        };
        new AuditPdfWriter(TestReports.Templates).Write(report, folder.File("judgment.pdf"));
        using var document = PdfDocument.Open(folder.File("judgment.pdf"));
        var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Not projected: the sample design does not allow projection", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Point estimate", text, StringComparison.Ordinal);
        Assert.Contains("judgment (targeted) sample", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_CleanAudit_RendersWithoutFindingsOrCodersBelowTarget()
    {
        using var folder = new TempFolder("reports-pdf-clean");
        var small = TestReports.Small();
        var report = small with
        {
            Findings = [],
            ErrorCategories = [],
            Coders = small.Coders.Select(c => c with { RecordsWithErrors = 0, CodeErrors = 0, Status = CoderStatus.MeetsTarget,
                RecordAccuracy = Proportion.Wilson(c.Records, c.Records), CodeAccuracy = Proportion.Wilson(c.Codes, c.Codes), TopCategories = [] }).ToList(),
        };
        var pages = new AuditPdfWriter(TestReports.Templates).Write(report, folder.File("clean.pdf"));
        using var document = PdfDocument.Open(folder.File("clean.pdf"));
        Assert.Equal(pages, document.NumberOfPages);
        var text = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Every coder meets the target", text, StringComparison.Ordinal);
        Assert.Contains("0 findings", text, StringComparison.Ordinal);
    }
}
