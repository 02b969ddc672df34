using CodingAudit.Reports.Templates;
using CodingAudit.Reports.Tests.Support;
using CodingAudit.Testing;

namespace CodingAudit.Reports.Tests.Templates;

public sealed class ReportTemplatesTests : IDisposable
{
    private readonly TempFolder folder = new("reports-templates");

    public ReportTemplatesTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.ReportTemplates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(RepoPaths.ReportTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_ShippedTemplates_RenderTheExecutiveSummary()
    {
        var report = TestReports.Small();
        var text = TestReports.Templates.Render("executive-summary", NarrativeValues.ExecutiveSummary(report, TestReports.Templates.Organisation));
        Assert.Contains(ReportFormat.Percent(report.OverallRecordAccuracy.Value), text, StringComparison.Ordinal);
        Assert.Contains(report.ErrorCategories[0].Category, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenTemplate_ReportsFileAndLine()
    {
        File.WriteAllText(folder.File("executive-summary.liquid"), "First line.\n\nThird line {% if overall_meets %} never closed.\n");
        var error = Assert.Throws<TemplateException>(() => ReportTemplates.Load(folder.Path));
        Assert.Equal("executive-summary.liquid", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("executive-summary.liquid, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedOutputTag_ReportsItsLine()
    {
        File.WriteAllText(folder.File("sign-off.liquid"), "Line one\nLine two\nLine three\nrun {{ run_id \n");
        var error = Assert.Throws<TemplateException>(() => ReportTemplates.Load(folder.Path));
        Assert.Equal("sign-off.liquid", error.File);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Load_BrokenOrganisationJson_ReportsFileAndLine()
    {
        var lines = File.ReadAllLines(folder.File("organisation.json")).ToList();
        var at = lines.FindIndex(l => l.Contains("\"accuracyTarget\"", StringComparison.Ordinal));
        lines[at] = "    \"accuracyTarget\": ninety-five,";
        File.WriteAllLines(folder.File("organisation.json"), lines);
        var error = Assert.Throws<TemplateException>(() => ReportTemplates.Load(folder.Path));
        Assert.Equal("organisation.json", error.File);
        Assert.Equal(at + 1, error.Line);
    }

    [Fact]
    public void Load_MissingTemplate_NamesIt()
    {
        File.Delete(folder.File("methodology.liquid"));
        var error = Assert.Throws<TemplateException>(() => ReportTemplates.Load(folder.Path));
        Assert.Equal("methodology.liquid", error.File);
    }
}
