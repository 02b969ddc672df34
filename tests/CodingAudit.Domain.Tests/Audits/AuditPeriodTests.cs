using CodingAudit.Domain.Audits;

namespace CodingAudit.Domain.Tests.Audits;

public sealed class AuditPeriodTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void ForScheduledRun_FirstOfMonthLocal_AuditsPreviousMonth()
    {
        // 1 March 2024 06:00 in New York is 11:00 UTC.
        var scheduled = new DateTimeOffset(2024, 3, 1, 11, 0, 0, TimeSpan.Zero);
        Assert.Equal(new AuditPeriod(2024, 2), AuditPeriod.ForScheduledRun(scheduled, NewYork));
    }

    [Fact]
    public void ForScheduledRun_UtcAlreadyNextMonthButLocalNot_UsesLocalMonth()
    {
        // 1 March 2024 02:00 UTC is still 29 February 21:00 in New York: the run belongs to the February schedule slot.
        var scheduled = new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(new AuditPeriod(2024, 1), AuditPeriod.ForScheduledRun(scheduled, NewYork));
    }

    [Fact]
    public void ForScheduledRun_January_AuditsDecemberOfPreviousYear() =>
        Assert.Equal(new AuditPeriod(2023, 12),
            AuditPeriod.ForScheduledRun(new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero), NewYork));

    [Theory]
    [InlineData("2024-9")]
    [InlineData("2024/09")]
    [InlineData("2024-13")]
    [InlineData("")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => AuditPeriod.Parse(text));

    [Fact]
    public void StartAndEnd_LeapFebruary() =>
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)),
            (AuditPeriod.Parse("2024-02").Start, AuditPeriod.Parse("2024-02").End));
}
