using CodingAudit.Domain.Audits;

namespace CodingAudit.Domain.Tests.Audits;

public sealed class AuditPeriodTests
{
    [Theory]
    [InlineData("2024-03-17", PeriodGranularity.Month, "2024-03-01", "2024-04-01", "2024-03")]
    [InlineData("2024-08-31", PeriodGranularity.Quarter, "2024-07-01", "2024-10-01", "2024-Q3")]
    [InlineData("2024-12-31", PeriodGranularity.Year, "2024-01-01", "2025-01-01", "2024")]
    public void Containing_GivesCalendarPeriod(string date, PeriodGranularity granularity, string start, string end, string label)
    {
        var period = AuditPeriod.Containing(DateOnly.Parse(date), granularity);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end), label), (period.Start, period.End, period.Label));
        Assert.Equal(period, AuditPeriod.Parse(label));
    }

    [Fact]
    public void Previous_OfJanuaryIsDecember()
    {
        var period = AuditPeriod.Parse("2024-01").Previous();
        Assert.Equal("2023-12", period.Label);
        Assert.False(period.Contains(new DateOnly(2024, 1, 1)));
        Assert.True(period.Contains(new DateOnly(2023, 12, 31)));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-Q5")]
    [InlineData("March")]
    public void Parse_Nonsense_Throws(string label) => Assert.Throws<FormatException>(() => AuditPeriod.Parse(label));
}
