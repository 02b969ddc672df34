using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// mce_code_edits_fy2024_v41.csv: N40.0 Adult (15-124); O09.00 Maternity (9-64); B37.42 Male Only; N92.0 Female Only;
// F02.80 Manifestation (not allowed as principal).
public class MceTests
{
    [Fact]
    public void Mce_AdultCodeForAChild_IsAgeConflict()
    {
        var f = Assert.Single(RealTables.Check(Claim().Patient(Sex.Male, 10).Dx("N40.0").Line("99213").Build()).OfKind(FindingKinds.AgeConflict));
        Assert.Equal(EditRuleIds.MceAge, f.RuleId);
        Assert.Contains("v41.1 FY2024", f.Citation);
    }

    [Fact]
    public void Mce_AdultCodeAtAge15_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Patient(Sex.Male, 15).Dx("N40.0").Line("99213").Build()).OfKind(FindingKinds.AgeConflict));

    [Fact]
    public void Mce_MaternityCodeAt65_IsAgeConflict() =>
        Assert.Single(RealTables.Check(Claim().Patient(Sex.Female, 65).Dx("O09.00").Line("99213").Build()).OfKind(FindingKinds.AgeConflict));

    [Fact]
    public void Mce_MaternityCodeAt64_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Patient(Sex.Female, 64).Dx("O09.00").Line("99213").Build()).OfKind(FindingKinds.AgeConflict));

    [Fact]
    public void Mce_MaleOnlyCodeForAFemale_IsSexConflict() =>
        Assert.Equal(EditRuleIds.MceSex,
            Assert.Single(RealTables.Check(Claim().Patient(Sex.Female, 40).Dx("B37.42").Line("99213").Build()).OfKind(FindingKinds.SexConflict)).RuleId);

    [Fact]
    public void Mce_FemaleOnlyCodeForAMale_IsSexConflict() =>
        Assert.Single(RealTables.Check(Claim().Patient(Sex.Male, 40).Dx("N92.0").Line("99213").Build()).OfKind(FindingKinds.SexConflict));

    [Fact]
    public void Mce_FemaleOnlyCodeForAFemale_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Patient(Sex.Female, 40).Dx("N92.0").Line("99213").Build()).OfKind(FindingKinds.SexConflict));

    [Fact]
    public void Mce_ManifestationFirstListed_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("F02.80", "G30.9").Line("99213").Build()).OfKind(FindingKinds.ManifestationFirst));
        Assert.Equal(EditRuleIds.MceManifestationFirst, f.RuleId);
        Assert.Equal("F02.80", f.Code);
    }

    [Fact]
    public void Mce_ManifestationAfterEtiology_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("G30.9", "F02.80").Line("99213").Build()).OfKind(FindingKinds.ManifestationFirst));

    [Fact]
    public void ExternalCauseFirstListed_Flags() =>
        Assert.Equal(EditRuleIds.ExternalCauseFirst,
            Assert.Single(RealTables.Check(Claim().Dx("W19.XXXA", "S72.001A").Line("99213").Build()).OfKind(FindingKinds.ManifestationFirst)).RuleId);

    [Fact]
    public void Mce_NextFiscalYear_IsNoEditDataNotAPass()
    {
        // FY2025 starts 2024-10-01; only the FY2024 MCE is shipped.
        var findings = RealTables.Check(Claim().On(2024, 10, 1).Patient(Sex.Male, 10).Dx("N40.0").Line("99213").Build());
        Assert.Empty(findings.OfKind(FindingKinds.AgeConflict));
        Assert.Contains(findings, f => f.Kind == FindingKinds.NoEditData && f.RuleId == EditRuleIds.NoDataPrefix + "mce-edits");
    }
}
