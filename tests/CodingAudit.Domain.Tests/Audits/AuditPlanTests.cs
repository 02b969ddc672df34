using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Sampling;
using CodingAudit.Domain.Tests.Sampling;

namespace CodingAudit.Domain.Tests.Audits;

public sealed class AuditPlanTests
{
    private static AuditPlan Plan(decimal? seed = null, string id = "monthly-all-coders") =>
        new(id, "Monthly", new AuditScope(PeriodGranularity.Month), new PerCoderDesign(10), seed: seed,
            schedule: new AuditSchedule("0 6 1 * *", "America/New_York"));

    [Fact]
    public void Construction_DefaultsTargetTo95Percent() => Assert.Equal(0.95, Plan().AccuracyTarget);

    [Theory]
    [InlineData("Monthly Plan")]
    [InlineData("")]
    [InlineData("-x")]
    public void Construction_BadId_Throws(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Plan(id: id)).ParamName);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(95.0)]
    public void Construction_TargetOutsideUnitInterval_Throws(double target) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AuditPlan("p", "P", new AuditScope(PeriodGranularity.Month), new PerCoderDesign(10), target));

    [Theory]
    [InlineData("0 6 1 * *")]
    [InlineData("*/15 8-17 * * MON-FRI")]
    [InlineData("0 6 1 1,4,7,10 *")]
    [InlineData("30 2 ? JAN-DEC 0")]
    public void Schedule_ValidCron_Accepted(string cron) => Assert.Equal(cron, new AuditSchedule(cron, "UTC").Cron);

    [Theory]
    [InlineData("0 6 1 *")]
    [InlineData("60 6 1 * *")]
    [InlineData("0 6 32 * *")]
    [InlineData("0 6 1 * FUNDAY")]
    [InlineData("0 9-5 * * *")]
    [InlineData("*/0 * * * *")]
    public void Schedule_BadCron_Throws(string cron) =>
        Assert.Equal("cron", Assert.Throws<ArgumentException>(() => new AuditSchedule(cron, "UTC")).ParamName);

    [Fact]
    public void Schedule_UnknownTimeZone_Throws() =>
        Assert.Equal("timeZone", Assert.Throws<ArgumentException>(() => new AuditSchedule("0 6 1 * *", "Mars/Olympus")).ParamName);

    [Fact]
    public void SeedFor_FixedSeedWinsOverDerived()
    {
        var period = AuditPeriod.Parse("2024-03");
        Assert.Equal(777m, Plan(seed: 777m).SeedFor(period));
        Assert.Equal(SampleSeed.Derive("monthly-all-coders", period.Start), Plan().SeedFor(period));
    }

    [Fact]
    public void AuditSampling_SamePlanAndPeriod_SameFrameAndSample()
    {
        var claims = FrameClaims.Many(120, "A", "B", "C");
        var first = AuditSampling.Draw(Plan(), AuditPeriod.Parse("2024-03"), claims);
        var second = AuditSampling.Draw(Plan(), AuditPeriod.Parse("2024-03"), claims.Reverse());
        Assert.Equal(first.Frame.Hash, second.Frame.Hash);
        Assert.Equal(first.Sample.Items, second.Sample.Items);
        Assert.Equal(30, first.Sample.Items.Count);
        Assert.Equal(120, first.Frame.Size);
    }

    [Fact]
    public void AuditSampling_WrongGranularity_Throws() =>
        Assert.Throws<ArgumentException>(() => AuditSampling.Draw(Plan(), AuditPeriod.Parse("2024-Q1"), FrameClaims.Many(3)));
}
