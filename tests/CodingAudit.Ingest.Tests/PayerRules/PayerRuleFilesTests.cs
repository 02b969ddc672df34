using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.PayerRules;
using CodingAudit.Ingest.ReferenceData;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.PayerRules;

public class PayerRuleFilesTests
{
    private static string Of(string name) => Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Ingest.Tests", "PayerRules", "TestData", name);

    [Fact]
    public void ReadFile_ValidFile_ReadsEveryRuleWithItsSource()
    {
        var rules = PayerRuleFiles.ReadFile(Of("NORTHWIND.jsonl"));

        Assert.Equal(["NW-KNEE-DX", "NW-PT-UNITS", "NW-VITD", "NW-INJ-FREQ"], rules.Select(r => r.Id));
        Assert.All(rules, r => Assert.Equal("NORTHWIND", r.PayerId));
        Assert.Equal(Severity.High, rules[0].Severity);
        Assert.Equal(4, rules[1].MaxUnitsPerDay);
        Assert.True(rules[2].NotCovered);
        Assert.Equal(1, rules[3].MaxLinesPerDay);
        Assert.Equal("NORTHWIND.jsonl:6", rules[3].Source);
        Assert.True(rules[3].AppliesTo("64493"));
        Assert.False(rules[3].AppliesTo("64483"));
    }

    [Theory]
    [InlineData("BADFREQ.jsonl", 2, "frequency", "day")]
    [InlineData("BADFIELD.jsonl", 3, "maxUnitPerDay", "unknown property")]
    [InlineData("NOCONSTRAINT.jsonl", 2, null, "no constraint")]
    [InlineData("BADJSON.jsonl", 1, null, "not a JSON object")]
    public void ReadFile_InvalidRule_RejectsWithLineAndReason(string file, int line, string? field, string reason)
    {
        var e = Assert.Throws<ReferenceDataException>(() => PayerRuleFiles.ReadFile(Of(file)));

        Assert.Equal(file, e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void ShippedPayerRules_AllLoad()
    {
        var book = PayerRuleFiles.ReadFolder(Path.Combine(RepoPaths.SeedData, "payer-rules"));
        Assert.True(book.Count >= 3);
    }
}
