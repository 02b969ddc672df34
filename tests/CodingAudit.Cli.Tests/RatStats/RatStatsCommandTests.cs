using System.CommandLine;
using System.Text.Json;
using CodingAudit.Cli.Commands.RatStats;
using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.RatStats;

public sealed class RatStatsCommandTests
{
    private static string Data(string name) => Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Cli.Tests", "RatStats", "TestData", name);

    private static (int Code, string Output) Run(params string[] args)
    {
        var root = new RootCommand { new RatStatsCommand().Create() };
        var output = new StringWriter();
        var code = root.Parse(["ratstats", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (code, output.ToString());
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output) = Run([.. args, "--json"]);
        Assert.Equal(0, code);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Random_PublishedExample_Json()
    {
        var json = Json("random", "--seed", "12345", "--low", "1", "--high", "1000", "--count", "10", "--spares", "4");
        Assert.Equal(12345, json.GetProperty("seed").GetInt32());
        Assert.Equal([497, 9, 556, 236], json.GetProperty("selectionOrder").EnumerateArray().Take(4).Select(e => e.GetInt32()));
        Assert.Equal(14, json.GetProperty("selectionOrder").GetArrayLength());
        var sample = json.GetProperty("sample").EnumerateArray().Select(e => (e.GetProperty("value").GetInt32(), e.GetProperty("order").GetInt32())).ToArray();
        Assert.Equal([9, 236, 337, 340, 346, 497, 556, 641, 658, 884], sample.Select(s => s.Item1));
        Assert.Equal((497, 1), sample.Single(s => s.Item1 == 497));
        Assert.Equal([404, 624, 927, 947], json.GetProperty("spares").EnumerateArray().Select(e => e.GetProperty("value").GetInt32()));
        Assert.Equal(7406, json.GetProperty("sum").GetInt64());
        Assert.Equal((1, 1000), (json.GetProperty("low").GetInt32(), json.GetProperty("high").GetInt32()));
    }

    [Fact]
    public void Random_Report_ListsSumAndSpares()
    {
        var (code, output) = Run("random", "--seed", "12345", "--low", "1", "--high", "1000", "--count", "10", "--spares", "4");
        Assert.Equal(0, code);
        Assert.Contains("Sum of all random numbers: 7406", output);
        Assert.Contains("Spares", output);
    }

    [Fact]
    public void Random_TooManyNumbers_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("random", "--seed", "1", "--low", "1", "--high", "5", "--count", "6").Code);

    [Fact]
    public void Variable_Datasrs_JsonMatchesCompanionManual()
    {
        var json = Json("variable", "--values", Data("datasrs-differences.txt"), "--universe", "10000");
        Assert.Equal(50, json.GetProperty("n").GetInt32());
        Assert.Equal(10000, json.GetProperty("universe").GetInt32());
        Assert.Equal(70.60, json.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(706_000, Math.Round(json.GetProperty("pointEstimate").GetDouble()));
        Assert.Equal(68_068, Math.Round(json.GetProperty("standardErrorTotal").GetDouble()));
        var ninety = json.GetProperty("levels").GetProperty("90");
        Assert.Equal(591_881, Math.Round(ninety.GetProperty("lower").GetDouble()));
        Assert.Equal(820_119, Math.Round(ninety.GetProperty("upper").GetDouble()));
        Assert.Equal(114_119, Math.Round(ninety.GetProperty("precision").GetDouble()));
        Assert.Equal(16.16, Math.Round(ninety.GetProperty("precisionPercent").GetDouble(), 2));
        Assert.Equal(["80", "90", "95"], json.GetProperty("levels").EnumerateObject().Select(p => p.Name));
        Assert.True(json.GetProperty("standardDeviation").GetDouble() > 48);
    }

    [Fact]
    public void Variable_PairsFileWithHeader_SameAsDifferences()
    {
        var fromPairs = Json("variable", "--values", Data("datasrs-pairs.csv"), "--universe", "10000");
        Assert.Equal(591_881, Math.Round(fromPairs.GetProperty("levels").GetProperty("90").GetProperty("lower").GetDouble()));
    }

    [Fact]
    public void Variable_Stratified_PerStratumAndOverall()
    {
        var json = Json("variable", "--values", Data("stratified-values.csv"), "--strata", Data("strata.csv"));
        var strata = json.GetProperty("strata").EnumerateArray().ToArray();
        Assert.Equal(["low", "high"], strata.Select(s => s.GetProperty("stratum").GetString()));
        Assert.Equal([25, 25], strata.Select(s => s.GetProperty("n").GetInt32()));
        var overall = json.GetProperty("overall");
        Assert.Equal(10_000, overall.GetProperty("universe").GetInt32());
        Assert.Equal(strata.Sum(s => s.GetProperty("pointEstimate").GetDouble()), overall.GetProperty("pointEstimate").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("standardDeviation").ValueKind);
        var se = overall.GetProperty("standardErrorTotal").GetDouble();
        Assert.Equal(1.644853626951 * se, overall.GetProperty("levels").GetProperty("90").GetProperty("precision").GetDouble(), 4);
    }

    [Fact]
    public void Variable_Report_ShowsPublishedFigures()
    {
        var (code, output) = Run("variable", "--values", Data("datasrs-differences.txt"), "--universe", "10000");
        Assert.Equal(0, code);
        Assert.Contains("591,881", output);
        Assert.Contains("820,119", output);
        Assert.Contains("16.16%", output);
    }

    [Fact]
    public void Variable_BadFile_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("variable", "--values", Data("bad-values.txt"), "--universe", "100").Code);

    [Fact]
    public void Variable_MissingUniverse_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("variable", "--values", Data("datasrs-differences.txt")).Code);

    [Fact]
    public void Attribute_UserGuideExample_Json()
    {
        var json = Json("attribute", "--universe", "10000", "--sample", "400", "--errors", "82");
        Assert.Equal(2050, json.GetProperty("pointEstimate").GetDouble());
        var ninety = json.GetProperty("levels").GetProperty("90");
        Assert.Equal((1729, 2403), (ninety.GetProperty("lower").GetInt32(), ninety.GetProperty("upper").GetInt32()));
    }

    [Fact]
    public void Attribute_OneSided_NarrowerUpper()
    {
        var two = Json("attribute", "--universe", "5000", "--sample", "100", "--errors", "0");
        var one = Json("attribute", "--universe", "5000", "--sample", "100", "--errors", "0", "--one-sided");
        Assert.True(one.GetProperty("levels").GetProperty("90").GetProperty("upper").GetInt32()
                    < two.GetProperty("levels").GetProperty("90").GetProperty("upper").GetInt32());
    }

    [Fact]
    public void Attribute_ErrorsAboveSample_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("attribute", "--universe", "100", "--sample", "10", "--errors", "11").Code);

    [Fact]
    public void SizeAttribute_Json()
    {
        var json = Json("size", "attribute", "--universe", "1000000000", "--expected-rate", "0.5", "--precision", "0.05");
        Assert.Equal(385, json.GetProperty("sampleSize").GetInt32());
    }

    [Fact]
    public void SizeVariable_FromProbe()
    {
        var json = Json("size", "variable", "--universe", "10000", "--values", Data("datasrs-differences.txt"), "--relative-precision", "0.25");
        Assert.Equal(21, json.GetProperty("sampleSize").GetInt32());
        Assert.Equal(0.90, json.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void SizeVariable_WithoutInputs_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("size", "variable", "--universe", "100").Code);

    [Fact]
    public void AttributeStratified_OverallIsSumWithNormalLimits()
    {
        var json = Json("attribute-stratified", "--strata", Data("attribute-strata.csv"));
        var overall = json.GetProperty("overall");
        Assert.Equal(1_000 * 0.1 + 200 * 0.25, overall.GetProperty("pointEstimate").GetDouble(), 9);
        var se = overall.GetProperty("standardError").GetDouble();
        Assert.Equal(150 - 1.644853626951 * se, overall.GetProperty("levels").GetProperty("90").GetProperty("lower").GetDouble(), 6);
        Assert.Equal(["low", "high"], json.GetProperty("strata").EnumerateArray().Select(s => s.GetProperty("stratum").GetString()));
    }

    [Fact]
    public void RandomStratified_FirstStratumIsTheSingleStageExampleAndSecondUsesSeedPlusOne()
    {
        var json = Json("random-stratified", "--seed", "12345", "--strata", Data("random-strata.csv"));
        var strata = json.GetProperty("strata").EnumerateArray().ToArray();
        Assert.Equal(7406, strata[0].GetProperty("sum").GetInt64());
        Assert.Equal(12346m, strata[1].GetProperty("seed").GetDecimal());
        var expected = CodingAudit.Domain.Sampling.RatStatsRandomNumbers.Draw(12346, 1, 30, 5, 1);
        Assert.Equal(expected.SelectionOrder, strata[1].GetProperty("selectionOrder").EnumerateArray().Select(e => e.GetInt64()));
    }
}
