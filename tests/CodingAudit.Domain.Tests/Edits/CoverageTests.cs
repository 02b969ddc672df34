using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// seed-data/reference/coverage/L36692_vitamin_d_assay.csv (82306 with E55.-, N18.- ...) and L38773 (64490-64495 with M47.81- ...).
public class CoverageTests
{
    [Fact]
    public void Coverage_VitaminDWithoutCoveredDiagnosis_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("E78.5").Line("82306", pointers: [1]).Build()).OfKind(FindingKinds.Coverage));
        Assert.Equal(EditRuleIds.CoveragePrefix + "L36692", f.RuleId);
        Assert.Contains("L36692", f.Citation);
    }

    [Fact]
    public void Coverage_VitaminDWithDeficiency_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("E55.9").Line("82306", pointers: [1]).Build()).OfKind(FindingKinds.Coverage));

    [Fact]
    public void Coverage_CoveredDiagnosisNotPointedTo_Flags() =>
        Assert.Single(RealTables.Check(Claim().Dx("E78.5", "N18.30").Line("82306", pointers: [1]).Build()).OfKind(FindingKinds.Coverage));

    [Fact]
    public void Coverage_FacetInjectionInRangeWithSpondylosis_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("M47.816").Line("64493").Build()).OfKind(FindingKinds.Coverage));

    [Fact]
    public void Coverage_FacetInjectionForKneeArthritis_FlagsWithAmount()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("M17.11").Line("64493").Build()).OfKind(FindingKinds.Coverage));
        // 64493 non-facility total RVU 5.33 x 33.2875.
        Assert.Equal(177.42m, f.Amount);
    }

    [Fact]
    public void Coverage_UngovernedProcedure_Passes() =>
        Assert.Empty(RealTables.Check(Claim().Dx("E78.5").Line("99213").Build()).OfKind(FindingKinds.Coverage));
}
