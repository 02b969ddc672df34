using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// Rows from seed-data/reference/ncci_ptp_practitioner_2024q3.csv:
//   11042,99215,,1,CPT Manual or CMS manual coding instruction,practitioner
//   11042,64492,,0,Misuse of Column Two code with Column One code,practitioner
//   20610,99214,20191231,1,CPT Manual or CMS manual coding instruction,practitioner   (deleted)
//   29880,29877,20020101,9,...  and  29880,29877,,0,...                                (deleted with 9, re-added with 0)
public class PtpTests
{
    [Fact]
    public void Ptp_Indicator1WithoutModifier_FlagsColumn2Line()
    {
        var findings = RealTables.Check(Claim().Dx("L97.812").Line("11042").Line("99215").Build()).OfKind(FindingKinds.Ptp);

        var f = Assert.Single(findings);
        Assert.Equal(2, f.Line);
        Assert.Equal("99215", f.Code);
        Assert.Equal(EditRuleIds.Ptp, f.RuleId);
        Assert.Equal("NCCI PTP practitioner 2024-07-01: column 1 11042, column 2 99215, modifier indicator 1", f.Citation);
        // 99215 non-facility total RVU 5.42 x 2024 conversion factor 33.2875 (from 2024-03-09).
        Assert.Equal(180.42m, f.Amount);
    }

    [Fact]
    public void Ptp_Indicator1WithModifier25OnColumn2_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Line("11042").Line("99215", modifiers: ["25"]).Build()).OfKind(FindingKinds.Ptp));

    [Fact]
    public void Ptp_Indicator1WithModifier59OnColumn1_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Line("11042", modifiers: ["59"]).Line("99215").Build()).OfKind(FindingKinds.Ptp));

    [Fact]
    public void Ptp_Indicator1WithNonNcciModifier_StillFlags() =>
        Assert.Single(RealTables.Check(Claim().Line("11042").Line("99215", modifiers: ["GT"]).Build()).OfKind(FindingKinds.Ptp));

    [Fact]
    public void Ptp_Indicator0WithModifier59_StillFlags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Line("11042").Line("64492", modifiers: ["59"]).Build()).OfKind(FindingKinds.Ptp));
        Assert.Equal("64492", f.Code);
        Assert.Contains("modifier indicator 0", f.Citation);
    }

    [Fact]
    public void Ptp_DeletedEdit_PassesAfterDeletionDate() =>
        Assert.Empty(RealTables.Check(Claim().On(2024, 9, 10).Line("20610").Line("99214").Build()).OfKind(FindingKinds.Ptp));

    [Fact]
    public void Ptp_DeletedEdit_FlagsBeforeDeletionDate() =>
        Assert.Single(RealTables.Check(Claim().On(2019, 6, 3).Line("20610").Line("99214").Build()).OfKind(FindingKinds.Ptp));

    [Fact]
    public void Ptp_ReaddedPair_UsesTheCurrentRow()
    {
        // The indicator-9 row was deleted in 2002; the active row has indicator 0, so 59 does not help.
        var f = Assert.Single(RealTables.Check(Claim().Line("29880").Line("29877", modifiers: ["59"]).Build()).OfKind(FindingKinds.Ptp));
        Assert.Contains("modifier indicator 0", f.Citation);
    }

    [Fact]
    public void Ptp_ReversedOrder_IsNotAnEdit() =>
        // 99215 as column 1 with 11042 as column 2 is not in the table; the pair is flagged once, on 99215.
        Assert.Equal(["99215"], RealTables.Check(Claim().Line("99215").Line("11042").Build()).OfKind(FindingKinds.Ptp).Select(f => f.Code));

    [Fact]
    public void Ptp_AcrossSameDayClaims_FlagsTheClaimWithColumn2()
    {
        var surgery = Claim("CA").Line("11042").Build();
        var visit = Claim("CB").Line("99215").Build();

        Assert.Single(RealTables.Check(visit, surgery).OfKind(FindingKinds.Ptp));
        Assert.Empty(RealTables.Check(surgery, visit).OfKind(FindingKinds.Ptp));
    }

    [Fact]
    public void Ptp_OtherProvidersClaim_IsNotSameDay()
    {
        var surgery = Claim("CA").Provider("1111111112").Line("11042").Build();
        var visit = Claim("CB").Line("99215").Build();

        Assert.Empty(RealTables.Check(visit, surgery).OfKind(FindingKinds.Ptp));
    }
}
