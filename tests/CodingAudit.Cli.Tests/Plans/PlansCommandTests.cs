using System.CommandLine;
using CodingAudit.Cli.Commands.Plans;
using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Plans;

public sealed class PlansCommandTests
{
    private static (int Code, string Output) Run(params string[] args)
    {
        var root = new RootCommand { new PlansCommand().Create() };
        var output = new StringWriter();
        var code = root.Parse(["plans", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (code, output.ToString());
    }

    [Fact]
    public void Validate_ShippedPlansFolder_AllValid()
    {
        var (code, output) = Run("validate", Path.Combine(RepoPaths.SeedData, "plans"));
        Assert.Equal(0, code);
        Assert.Contains("ok  monthly-all-coders", output);
        Assert.Contains("4 plan(s) valid", output);
    }

    [Fact]
    public void Validate_BrokenPlan_IsUserError() =>
        Assert.Equal(CliActions.UserError,
            Run("validate", Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Ingest.Tests", "Plans", "TestData", "bad-count.json")).Code);

    [Fact]
    public void Show_FixedSeedPlan_PrintsSeedAndDesign()
    {
        var (code, output) = Run("show", Path.Combine(RepoPaths.SeedData, "plans", "oig-discovery.json"), "--period", "2024");
        Assert.Equal(0, code);
        Assert.Contains("Seed for 2024: 20240101 (fixed)", output);
        Assert.Contains("OIG discovery sample: 50 claims", output);
    }

    [Fact]
    public void Show_PeriodOfWrongLength_IsUserError() =>
        Assert.Equal(CliActions.UserError, Run("show", Path.Combine(RepoPaths.SeedData, "plans", "oig-discovery.json"), "--period", "2024-03").Code);
}
