using CodingAudit.Ingest.RatStats;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.RatStats;

public sealed class AppraisalValuesFileTests
{
    [Fact]
    public void ReadValues_DifferencesPairsCommentsAndHeader()
    {
        using var temp = new TempFolder();
        var path = temp.File("values.csv");
        File.WriteAllText(path, "examined,audited\n# a comment\n100,80\n\n$50\t$45\n-5\n");
        var values = AppraisalValuesFile.ReadValues(path, stratified: false);
        Assert.Equal([20.0, 5.0, -5.0], values.Select(v => v.Difference));
        Assert.Equal([3, 5, 6], values.Select(v => v.Line));
        Assert.Equal(100.0, values[0].Examined);
    }

    [Fact]
    public void ReadValues_BadNumber_NamesFileAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.txt");
        File.WriteAllText(path, "12\n15\n\n1O\n");
        var e = Assert.Throws<AppraisalInputException>(() => AppraisalValuesFile.ReadValues(path, stratified: false));
        Assert.Equal(4, e.Line);
        Assert.StartsWith(path + ":4: '1O' is not a number", e.Message);
    }

    [Fact]
    public void ReadValues_TooManyFields_Rejected()
    {
        using var temp = new TempFolder();
        var path = temp.File("three.txt");
        File.WriteAllText(path, "1,2,3\n");
        Assert.Equal(1, Assert.Throws<AppraisalInputException>(() => AppraisalValuesFile.ReadValues(path, stratified: false)).Line);
    }

    [Fact]
    public void ReadValues_Stratified_FirstFieldIsStratum()
    {
        using var temp = new TempFolder();
        var path = temp.File("s.csv");
        File.WriteAllText(path, "A,10\nB,30,20\n");
        var values = AppraisalValuesFile.ReadValues(path, stratified: true);
        Assert.Equal([("A", 10.0), ("B", 10.0)], values.Select(v => (v.Stratum!, v.Difference)));
    }

    [Fact]
    public void ReadStrata_DuplicateName_NamesLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("strata.csv");
        File.WriteAllText(path, "stratum,universe\nA,100\nA,200\n");
        var e = Assert.Throws<AppraisalInputException>(() => AppraisalValuesFile.ReadStrata(path));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void ReadStrata_NonNumericUniverse_NamesLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("strata.csv");
        File.WriteAllText(path, "A,100\nB,lots\n");
        Assert.Equal(2, Assert.Throws<AppraisalInputException>(() => AppraisalValuesFile.ReadStrata(path)).Line);
    }

    [Fact]
    public void ReadAttributeStrata_ErrorsAboveSample_NamesLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("attr.csv");
        File.WriteAllText(path, "stratum,universe,sample,errors\nA,100,10,2\nB,100,10,11\n");
        var e = Assert.Throws<AppraisalInputException>(() => AppraisalValuesFile.ReadAttributeStrata(path));
        Assert.Equal(3, e.Line);
        Assert.Contains("exceed", e.Message);
    }

    [Fact]
    public void ReadAttributeStrata_ReadsLines()
    {
        using var temp = new TempFolder();
        var path = temp.File("attr.csv");
        File.WriteAllText(path, "A,100,10,2\nB,50,5,0\n");
        Assert.Equal([("A", 100L, 10L, 2L), ("B", 50L, 5L, 0L)],
            AppraisalValuesFile.ReadAttributeStrata(path).Select(l => (l.Name, l.Universe, l.Sample, l.Errors)));
    }
}
