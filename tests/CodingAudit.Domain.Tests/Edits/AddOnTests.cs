using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// Rows: ncci_addon_code_edits_2025q4.csv 1,64494,,64493,,2013-04-01 and 1,64494,,64490,,2023-01-01.
public class AddOnTests
{
    [Fact]
    public void AddOn_WithoutPrimary_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("M47.816").Line("64494").Build()).OfKind(FindingKinds.AddOnWithoutPrimary));
        Assert.Equal("64494", f.Code);
        Assert.Equal(1, f.Line);
    }

    [Fact]
    public void AddOn_WithPrimaryOnClaim_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("M47.816").Line("64493").Line("64494").Build()).OfKind(FindingKinds.AddOnWithoutPrimary));

    [Fact]
    public void AddOn_WithPrimaryOnSameDayClaim_Passes()
    {
        var primary = Claim("CA").Line("64493").Build();
        Assert.Empty(RealTables.Check(Claim("CB").Line("64494").Build(), primary).OfKind(FindingKinds.AddOnWithoutPrimary));
    }

    [Fact]
    public void AddOn_PrimaryPairingNotYetEffective_Flags() =>
        // 64490 became an eligible primary for 64494 on 2023-01-01.
        Assert.Single(RealTables.Check(Claim().On(2022, 6, 1).Line("64490").Line("64494").Build()).OfKind(FindingKinds.AddOnWithoutPrimary));
}
