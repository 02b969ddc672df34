using CodingAudit.Synthetic.Reference;
using CodingAudit.Testing;

namespace CodingAudit.Synthetic.Tests.Reference;

public sealed class EditTablesTests
{
    private static readonly Lazy<EditTables> Tables = new(() => EditTables.Load(RepoPaths.ReferenceData));

    [Fact]
    public void Ptp_ActivePairAndDeletedPair()
    {
        var t = Tables.Value;
        Assert.Equal(1, t.ActivePtp("93000", "93005", new DateOnly(2024, 9, 10)));
        Assert.Equal(0, t.ActivePtp("97162", "97161", new DateOnly(2024, 9, 10)));
        Assert.Null(t.ActivePtp("20610", "99214", new DateOnly(2024, 9, 10))); // deleted 2019-12-31
        Assert.Equal(1, t.ActivePtp("20610", "99214", new DateOnly(2019, 6, 1)));
        Assert.Null(t.ActivePtp("97530", "97110", new DateOnly(2024, 9, 10))); // indicator 9
    }

    [Fact]
    public void Mue_AddOn_Mce()
    {
        var t = Tables.Value;
        Assert.Equal(1, t.Mue("17000")!.Value.Value);
        Assert.Contains("17000", t.AddOnPrimaries("17003")!);
        Assert.Null(t.AddOnPrimaries("17000"));
        Assert.True(t.AgeConflict("Z00.129", 40));
        Assert.False(t.AgeConflict("Z00.129", 9));
        Assert.True(t.AgeConflict("Z68.30", 10));
        Assert.True(t.SexConflict("N40.1", 'F'));
        Assert.False(t.SexConflict("N40.1", 'M'));
        Assert.False(t.IsBillable("M17.1"));
        Assert.True(t.IsBillable("M17.11"));
    }

    [Theory]
    [InlineData("G43.909", "R51.9", true)]   // G43 excludes1 headache NOS
    [InlineData("J45.909", "R06.2", true)]   // J45 excludes1 wheezing NOS
    [InlineData("M54.50", "M51.26", true)]   // M54.5 excludes1 M51.2-
    [InlineData("E11.9", "E10.9", true)]     // E11 excludes1 E10.-
    [InlineData("I10", "E78.5", false)]
    [InlineData("M17.11", "M25.561", false)]
    public void Excludes1_CodesRangesAndSubtrees(string a, string b, bool conflict)
    {
        Assert.Equal(conflict, Tables.Value.Excludes1(a, b));
        Assert.Equal(conflict, Tables.Value.Excludes1(b, a));
    }
}
