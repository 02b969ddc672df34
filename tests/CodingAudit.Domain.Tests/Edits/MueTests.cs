using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// Rows: ncci_mue_2024q3.csv 20610,2,3 (MAI 3) and 64493,1,2 (MAI 2); ncci_mue_hcpcs_level2_2024q3.csv G0514,1,1 (MAI 1).
public class MueTests
{
    [Fact]
    public void Mue_Mai3SummedAcrossTwoLines_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Line("20610", 2, ["RT"]).Line("20610", 2, ["LT"]).Build()).OfKind(FindingKinds.Mue));

        Assert.Equal(EditRuleIds.MueMai3, f.RuleId);
        Assert.Equal(2, f.Line);
        Assert.Equal("0", f.Expected);
        Assert.Contains("MUE 2, MAI 3", f.Citation);
    }

    [Fact]
    public void Mue_Mai3AtTheLimit_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Line("20610", 1, ["RT"]).Line("20610", 1, ["LT"]).Build()).OfKind(FindingKinds.Mue));

    [Fact]
    public void Mue_Mai2SummedAcrossTwoClaims_FlagsTheLaterClaimOnly()
    {
        var first = Claim("CA").CodedAt(11).Dx("M47.816").Line("64493").Build();
        var second = Claim("CB").CodedAt(12).Dx("M47.816").Line("64493").Build();

        var onSecond = Assert.Single(RealTables.Check(second, first).OfKind(FindingKinds.Mue));
        Assert.Equal(EditRuleIds.MueMai2, onSecond.RuleId);
        Assert.Equal("0", onSecond.Expected);
        Assert.Empty(RealTables.Check(first, second).OfKind(FindingKinds.Mue));
    }

    [Fact]
    public void Mue_Mai2OnClaimsOfDifferentPatients_Passes()
    {
        var first = Claim("CA").Line("64493").Build();
        var second = Claim("CB").PatientId("P2").Line("64493").Build();

        Assert.Empty(RealTables.Check(second, first).OfKind(FindingKinds.Mue));
    }

    [Fact]
    public void Mue_Mai1PerLine_FlagsTheLineOverTheLimit()
    {
        var f = Assert.Single(RealTables.Check(Claim().Line("G0514", 2).Build()).OfKind(FindingKinds.Mue));
        Assert.Equal(EditRuleIds.MueMai1, f.RuleId);
        Assert.Equal("1", f.Expected);
    }

    [Fact]
    public void Mue_Mai1IsNotSummedAcrossLines() =>
        Assert.Empty(RealTables.Check(Claim().Line("G0514", 1).Line("G0514", 1).Build()).OfKind(FindingKinds.Mue));
}

public class MueZeroTests
{
    [Fact]
    public void Mue_ValueZero_IsNotAUnitsError() =>
        // ncci_mue_2024q3.csv: 99396,0,3 (Medicare does not pay preventive visits; not a units error).
        Assert.Empty(RealTables.Check(Claim().Payer("NORTHWIND").Dx("Z00.00").Line("99396").Build()).OfKind(FindingKinds.Mue));
}
