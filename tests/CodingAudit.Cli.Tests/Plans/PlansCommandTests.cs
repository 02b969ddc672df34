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
        var code = root.Parse(["plan", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
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

    [Fact]
    public void New_WritesAPlanTheReaderAccepts()
    {
        using var temp = new TempFolder();
        var path = temp.File("q.json");
        var (code, output) = Run("new", path, "--id", "q-dollar", "--name", "Quarterly dollar", "--period", "quarter",
            "--design", "stratified-dollar", "--boundaries", "200,1000", "--count", "30", "--spares", "3",
            "--cron", "0 6 2 1,4,7,10 *", "--time-zone", "America/New_York", "--payer", "MEDICARE");
        Assert.Equal(0, code);
        Assert.Contains("wrote", output);
        var plan = CodingAudit.Ingest.Plans.AuditPlanFile.Read(path);
        var design = Assert.IsType<CodingAudit.Domain.Sampling.StratifiedDesign>(plan.Design);
        Assert.Equal([200m, 1000m], design.Boundaries);
        Assert.Equal(["MEDICARE"], plan.Scope.Payers);
        Assert.Equal("0 6 2 1,4,7,10 *", plan.Schedule!.Cron);
    }

    [Fact]
    public void New_InvalidTarget_IsUserErrorAndWritesNothing()
    {
        using var temp = new TempFolder();
        var path = temp.File("p.json");
        var (code, _) = Run("new", path, "--id", "p", "--name", "P", "--design", "per-coder", "--count", "10", "--target", "95");
        Assert.Equal(CliActions.UserError, code);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void New_ExistingFileWithoutForce_IsUserError()
    {
        using var temp = new TempFolder();
        var path = temp.File("p.json");
        File.WriteAllText(path, "{}");
        Assert.Equal(CliActions.UserError, Run("new", path, "--id", "p", "--name", "P", "--design", "oig-discovery").Code);
    }
}
