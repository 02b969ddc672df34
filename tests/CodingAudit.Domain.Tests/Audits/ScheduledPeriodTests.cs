using CodingAudit.Domain.Audits;

namespace CodingAudit.Domain.Tests.Audits;

public sealed class ScheduledPeriodTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void For_FirstOfMonthLocal_AuditsPreviousMonth() =>
        // 1 March 2024 06:00 in New York is 11:00 UTC.
        Assert.Equal("2024-02", ScheduledPeriod.For(new DateTimeOffset(2024, 3, 1, 11, 0, 0, TimeSpan.Zero), NewYork, PeriodGranularity.Month).Label);

    [Fact]
    public void For_UtcAlreadyNextMonthButLocalNot_UsesLocalMonth() =>
        // 1 March 2024 02:00 UTC is still 29 February 21:00 in New York.
        Assert.Equal("2024-01", ScheduledPeriod.For(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero), NewYork, PeriodGranularity.Month).Label);

    [Fact]
    public void For_January_AuditsDecemberOfPreviousYear() =>
        Assert.Equal("2023-12", ScheduledPeriod.For(new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero), NewYork, PeriodGranularity.Month).Label);

    [Fact]
    public void For_Quarterly_AuditsPreviousQuarter() =>
        Assert.Equal("2024-Q1", ScheduledPeriod.For(new DateTimeOffset(2024, 4, 2, 12, 0, 0, TimeSpan.Zero), NewYork, PeriodGranularity.Quarter).Label);
}
