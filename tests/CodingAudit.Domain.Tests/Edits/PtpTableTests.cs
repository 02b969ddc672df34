using CodingAudit.Domain.Edits;

namespace CodingAudit.Domain.Tests.Edits;

public class PtpTableTests
{
    private static readonly DateOnly July = new(2024, 7, 1);

    private static PtpTable Table(params PtpEdit[] edits) => PtpTable.From("practitioner", edits);

    [Fact]
    public void Find_EditNotYetEffective_ReturnsNull()
    {
        var t = Table(new PtpEdit("11042", "99215", new DateOnly(2024, 10, 1), null, PtpModifierIndicator.Allowed, "r", "practitioner"));

        Assert.Null(t.Find("11042", "99215", new DateOnly(2024, 9, 30)));
        Assert.NotNull(t.Find("11042", "99215", new DateOnly(2024, 10, 1)));
    }

    [Fact]
    public void Find_OnDeletionDate_ReturnsNull()
    {
        var t = Table(new PtpEdit("20610", "99214", null, new DateOnly(2019, 12, 31), PtpModifierIndicator.Allowed, "r", "practitioner"));

        Assert.NotNull(t.Find("20610", "99214", new DateOnly(2019, 12, 30)));
        Assert.Null(t.Find("20610", "99214", new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void Find_DeletedAndReadded_PicksTheRowInForce()
    {
        var t = Table(
            new PtpEdit("13101", "99292", new DateOnly(2010, 1, 1), new DateOnly(2019, 12, 31), PtpModifierIndicator.Allowed, "old", "practitioner"),
            new PtpEdit("13101", "99292", new DateOnly(2020, 1, 1), null, PtpModifierIndicator.NotAllowed, "new", "practitioner"));

        Assert.Equal(PtpModifierIndicator.Allowed, t.Find("13101", "99292", new DateOnly(2019, 6, 1))!.ModifierIndicator);
        Assert.Equal(PtpModifierIndicator.NotAllowed, t.Find("13101", "99292", July)!.ModifierIndicator);
        Assert.Null(t.Find("13101", "99292", new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void Find_IsDirectional() =>
        Assert.Null(Table(new PtpEdit("11042", "99215", null, null, PtpModifierIndicator.Allowed, "r", "practitioner")).Find("99215", "11042", July));

    [Fact]
    public void Builder_RejectsMalformedCode() =>
        Assert.Throws<FormatException>(() => Table(new PtpEdit("1104", "99215", null, null, PtpModifierIndicator.Allowed, "r", "practitioner")));
}
