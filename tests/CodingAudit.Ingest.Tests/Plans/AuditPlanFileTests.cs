using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Sampling;
using CodingAudit.Ingest.Plans;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.Plans;

public sealed class AuditPlanFileTests
{
    private static string TestData(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Ingest.Tests", "Plans", "TestData", name);

    private static string ShippedPlans => Path.Combine(RepoPaths.SeedData, "plans");

    [Fact]
    public void Read_MonthlyAllCoders_TenPerCoderAt95WithSchedule()
    {
        var plan = AuditPlanFile.Read(Path.Combine(ShippedPlans, "monthly-all-coders.json"));
        Assert.Equal("monthly-all-coders", plan.Id);
        var design = Assert.IsType<PerCoderDesign>(plan.Design);
        Assert.Equal(10, design.CountPerCoder);
        Assert.Equal(0.95, plan.AccuracyTarget);
        Assert.Equal(("0 6 1 * *", "America/New_York"), (plan.Schedule!.Cron, plan.Schedule.TimeZoneId));
        Assert.Equal(PeriodGranularity.Month, plan.Scope.Period);
        Assert.Null(plan.Seed);
    }

    [Fact]
    public void ReadFolder_AllShippedPlansAreValid()
    {
        var plans = AuditPlanFile.ReadFolder(ShippedPlans);
        Assert.Contains(plans, p => p.Design is StratifiedDesign { By: StratifyBy.Dollar });
        Assert.Contains(plans, p => p.Design is OigDiscoveryDesign { Count: 50 });
        Assert.Contains(plans, p => p.Design.IsJudgment);
    }

    [Fact]
    public void WriteThenRead_RoundTripsEveryShippedPlan()
    {
        using var temp = new TempFolder();
        foreach (var plan in AuditPlanFile.ReadFolder(ShippedPlans))
        {
            var path = temp.File(plan.Id + ".json");
            AuditPlanFile.Write(plan, path);
            var again = AuditPlanFile.Read(path);
            Assert.Equal(AuditPlanFile.ToJson(plan), AuditPlanFile.ToJson(again));
            Assert.Equal(plan.Design.Describe(), again.Design.Describe());
        }
    }

    [Fact]
    public void Read_DomainRejectsValue_ErrorNamesFileLineAndField()
    {
        var path = TestData("bad-count.json");
        var error = Assert.Single(Assert.Throws<PlanFileException>(() => AuditPlanFile.Read(path)).Errors);
        Assert.Equal((path, 6, "design.countPerCoder"), (error.File, error.Line, error.Field));
        Assert.Contains("at least 1", error.Message);
    }

    [Fact]
    public void Read_BrokenJson_ErrorHasLineFromJsonException()
    {
        var path = TestData("bad-json.json");
        var exception = Assert.Throws<PlanFileException>(() => AuditPlanFile.Read(path));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith(path + ":4:", exception.Message);
        Assert.Contains("invalid JSON", error.Message);
    }

    [Fact]
    public void Read_SeveralMistakes_AllReportedWithLines()
    {
        var errors = Assert.Throws<PlanFileException>(() => AuditPlanFile.Read(TestData("bad-fields.json"))).Errors;
        Assert.Contains(errors, e => e is { Field: "design.countPerCoders", Line: 6 } && e.Message.Contains("unknown field"));
        Assert.Contains(errors, e => e is { Field: "design.countPerCoder", Line: 5 } && e.Message == "is required");
        Assert.Contains(errors, e => e is { Field: "accuracyTarget", Line: 7 } && e.Message.Contains("must be a number"));
        Assert.Contains(errors, e => e is { Field: "schedule.timeZone", Line: 9 } && e.Message.Contains("Mars/Olympus"));
    }

    [Fact]
    public void Parse_UnknownDesignType_NamesTheChoices()
    {
        const string json = """
            {
              "id": "x", "name": "X", "scope": { "period": "month" },
              "design": { "type": "systematic" }
            }
            """;
        var error = Assert.Single(Assert.Throws<PlanFileException>(() => AuditPlanFile.Parse(json, "x.json")).Errors);
        Assert.Equal(("design.type", 3), (error.Field, error.Line));
        Assert.Contains("simple-random", error.Message);
    }

    [Fact]
    public void Parse_BadArrayElement_NamesItsIndexAndLine()
    {
        const string json = """
            {
              "id": "x", "name": "X",
              "scope": { "period": "month",
                "claimTypes": ["professional",
                  "dental"] },
              "design": { "type": "simple-random", "percent": 5 }
            }
            """;
        var error = Assert.Single(Assert.Throws<PlanFileException>(() => AuditPlanFile.Parse(json, "x.json")).Errors);
        Assert.Equal(("scope.claimTypes[1]", 5), (error.Field, error.Line));
    }

    [Fact]
    public void Parse_MinimalPlan_TakesDefaults()
    {
        var plan = AuditPlanFile.Parse("""{ "id": "p1", "name": "P", "scope": { "period": "quarter" }, "design": { "type": "oig-discovery" } }""", "p1.json");
        Assert.Equal(0.95, plan.AccuracyTarget);
        Assert.True(plan.Active);
        Assert.Null(plan.Schedule);
        Assert.Equal(50, Assert.IsType<OigDiscoveryDesign>(plan.Design).Count);
        Assert.Equal(FrameOrdering.ServiceDateThenClaimId, plan.FrameOrdering);
    }

    [Fact]
    public void Parse_CountAndPercentTogether_Rejected()
    {
        var error = Assert.Single(Assert.Throws<PlanFileException>(() => AuditPlanFile.Parse(
            """{ "id": "p", "name": "P", "scope": { "period": "month" }, "design": { "type": "simple-random", "count": 5, "percent": 5 } }""",
            "p.json")).Errors);
        Assert.Equal("design.count", error.Field);
    }

    [Fact]
    public void ReadFolder_DuplicateIds_Rejected()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(ShippedPlans, "monthly-all-coders.json"), temp.File("a.json"));
        File.Copy(Path.Combine(ShippedPlans, "monthly-all-coders.json"), temp.File("b.json"));
        var error = Assert.Single(Assert.Throws<PlanFileException>(() => AuditPlanFile.ReadFolder(temp.Path)).Errors);
        Assert.Contains("already used by a.json", error.Message);
    }

    [Fact]
    public void Read_MissingFile_IsAPlanFileError() =>
        Assert.Throws<PlanFileException>(() => AuditPlanFile.Read(TestData("no-such-plan.json")));
}
