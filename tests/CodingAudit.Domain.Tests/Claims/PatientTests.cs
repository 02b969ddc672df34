using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Tests.Claims;

public sealed class PatientTests
{
    [Theory]
    [InlineData("1958-03-14", "2024-03-13", 65)]
    [InlineData("1958-03-14", "2024-03-14", 66)]
    [InlineData("2024-01-01", "2024-06-01", 0)]
    [InlineData("2000-02-29", "2023-02-28", 23)] // a 29 February birthday counts on 28 February in other years
    [InlineData("2000-02-29", "2023-02-27", 22)]
    public void AgeOn_CountsCompletedYears(string birth, string on, int expected)
    {
        var patient = new Patient("P1", DateOnly.Parse(birth), Sex.Female);
        Assert.Equal(expected, patient.AgeOn(DateOnly.Parse(on)));
    }

    [Fact]
    public void Construction_BlankId_Throws() =>
        Assert.Throws<ArgumentException>(() => new Patient(" ", new DateOnly(2000, 1, 1), Sex.Male));
}
