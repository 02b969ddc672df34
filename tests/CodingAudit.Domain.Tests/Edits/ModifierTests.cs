using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// mpfs_rvu_2024_rvu24c.csv bilateral indicators: 20610 1, 62321 9, 77066 2, 99213 0.
public class ModifierTests
{
    [Fact]
    public void Modifier25_OnAProcedure_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("M17.11").Line("20610", modifiers: ["25"]).Build()).OfKind(FindingKinds.Modifier));
        Assert.Equal(EditRuleIds.Modifier25NonEm, f.RuleId);
        Assert.Equal("remove modifier 25", f.Expected);
    }

    [Fact]
    public void Modifier25_OnAnEm_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("M17.11").Line("99213", modifiers: ["25"]).Line("20610", modifiers: ["RT"]).Build())
            .OfKind(FindingKinds.Modifier));

    [Fact]
    public void Laterality_OnCodeWithBilateralIndicator9_Flags() =>
        Assert.Equal(EditRuleIds.ModifierLaterality,
            Assert.Single(RealTables.Check(Claim().Dx("M54.16").Line("62321", modifiers: ["RT"]).Build()).OfKind(FindingKinds.Modifier)).RuleId);

    [Fact]
    public void Laterality_OnAnEm_Flags() =>
        Assert.Single(RealTables.Check(Claim().Dx("M17.11").Line("99213", modifiers: ["LT"]).Build()).OfKind(FindingKinds.Modifier));

    [Fact]
    public void Modifier50_OnAnInherentlyBilateralCode_Flags() =>
        Assert.Contains("indicator 2", Assert.Single(RealTables.Check(Claim().Line("77066", modifiers: ["50"]).Build()).OfKind(FindingKinds.Modifier)).Message);

    [Fact]
    public void Laterality_OnCodeWithBilateralIndicator1_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("M17.11").Line("20610", modifiers: ["RT"]).Build()).OfKind(FindingKinds.Modifier));

    [Fact]
    public void Modifier59_WithNoPtpEditToBypass_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("M17.11").Line("99213").Line("20610", modifiers: ["59"]).Build()).OfKind(FindingKinds.Modifier));
        Assert.Equal(EditRuleIds.ModifierDistinctWithoutEdit, f.RuleId);
        Assert.Equal(2, f.Line);
    }

    [Fact]
    public void ModifierXS_WithAPtpEditToBypass_Passes() =>
        // 11042,99215 indicator 1: XS on 11042 bypasses it and is therefore meaningful.
        Assert.Empty(RealTables.Check(Claim().Line("11042", modifiers: ["XS"]).Line("99215").Build()).OfKind(FindingKinds.Modifier));
}
