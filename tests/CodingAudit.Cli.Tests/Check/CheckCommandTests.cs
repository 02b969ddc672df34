using System.Text.Json;
using CodingAudit.Cli.Commands.Check;
using CodingAudit.Cli.Commands.Evaluate;
using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Check;

public sealed class CheckCommandTests
{
    private static string Data(string name) => Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Cli.Tests", "Check", "TestData", name);

    [Fact]
    public void Check_Json_WritesOneObjectPerFindingAndReportsTheBadLine()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CheckCommand.Run(Data("claims.jsonl"), json: true, RepoPaths.ReferenceData, Data("no-payer-rules"), output, error);

        Assert.Equal(0, code);
        var findings = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ptp = Assert.Single(findings, f => f.GetProperty("kind").GetString() == "ptp");
        Assert.Equal("C1", ptp.GetProperty("claimId").GetString());
        Assert.Equal(2, ptp.GetProperty("line").GetInt32());
        Assert.Equal("NCCI-PTP", ptp.GetProperty("ruleId").GetString());
        Assert.Equal("NCCI bundling", ptp.GetProperty("category").GetString());
        Assert.Equal("high", ptp.GetProperty("severity").GetString());
        Assert.Equal(180.42m, ptp.GetProperty("amount").GetDecimal());
        foreach (var name in new[] { "code", "expected", "message", "citation" }) Assert.True(ptp.TryGetProperty(name, out _), name);
        Assert.DoesNotContain(findings, f => f.GetProperty("claimId").GetString() == "C3" && f.GetProperty("kind").GetString() != "no-edit-data");
        Assert.Contains("line 2: not valid JSON", error.ToString());
    }

    [Fact]
    public void Check_Table_ListsFindingsAndReleases()
    {
        var output = new StringWriter();

        CheckCommand.Run(Data("claims.jsonl"), json: false, RepoPaths.ReferenceData, Data("no-payer-rules"), output, new StringWriter());

        var text = output.ToString();
        Assert.Contains("NCCI-PTP", text);
        Assert.Contains("2 claims checked, 1 input lines skipped", text);
        Assert.Contains("ncci-ptp-practitioner 2024-07-01 (ncci_ptp_practitioner_2024q3.csv, 900 rows", text);
    }

    [Fact]
    public void Evaluate_ScoresPrecisionAndRecallPerKind()
    {
        var output = new StringWriter();

        EvaluateCommand.Run(Data("claims.jsonl"), Data("truth.jsonl"), "edits", json: true, RepoPaths.ReferenceData, output, new StringWriter());

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("kind").GetString()!);
        Assert.Equal(1, rows["ptp"].GetProperty("truePositives").GetInt32());
        Assert.Equal(1.0, rows["ptp"].GetProperty("precision").GetDouble());
        Assert.Equal(1, rows["mue"].GetProperty("falseNegatives").GetInt32());
        Assert.Equal(0.0, rows["mue"].GetProperty("recall").GetDouble());
    }

    [Fact]
    public void Check_MissingInput_IsAUserError() =>
        Assert.Throws<UserErrorException>(() => CheckCommand.Run(Data("absent.jsonl"), false, RepoPaths.ReferenceData, null, new StringWriter(), new StringWriter()));
}
