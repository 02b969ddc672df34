using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// icd10cm_excludes1_fy2021_tabular.csv: A09 category "colitis NOS (K52.9)"; E11 category "type 1 diabetes mellitus (E10.-)".
public class DiagnosisConventionTests
{
    [Fact]
    public void Excludes1_CodePairFromTheTable_Flags()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("A09", "K52.9").Line("99213").Build()).OfKind(FindingKinds.Excludes1));
        Assert.Equal(EditRuleIds.Excludes1, f.RuleId);
        Assert.Equal("K52.9", f.Code);
        Assert.Contains("A09 Excludes1 K52.9", f.Citation);
    }

    [Fact]
    public void Excludes1_SubtreeReference_FlagsInEitherOrder()
    {
        Assert.Single(RealTables.Check(Claim().Dx("E11.9", "E10.9").Line("99213").Build()).OfKind(FindingKinds.Excludes1));
        Assert.Single(RealTables.Check(Claim().Dx("E10.9", "E11.9").Line("99213").Build()).OfKind(FindingKinds.Excludes1));
    }

    [Fact]
    public void Excludes1_UnrelatedCodes_Pass() =>
        Assert.Empty(RealTables.Check(Claim().Dx("E11.9", "I10").Line("99213").Build()).OfKind(FindingKinds.Excludes1));

    [Theory]
    [InlineData(new[] { "E11.9", "N18.30" }, EditRuleIds.DiabetesWithCkd, "E11.9", "E11.22")]
    [InlineData(new[] { "I10", "N18.30" }, EditRuleIds.HypertensionWithCkd, "I10", "I12.9")]
    [InlineData(new[] { "I10", "N18.6" }, EditRuleIds.HypertensionWithCkd, "I10", "I12.0")]
    [InlineData(new[] { "I10", "I50.9" }, EditRuleIds.HypertensionWithHeartFailure, "I10", "I11.0")]
    [InlineData(new[] { "I10", "I50.9", "N18.30" }, EditRuleIds.HypertensionWithHeartFailureAndCkd, "I10", "I13.0")]
    public void CombinationCode_SeparateCodes_ExpectTheCombination(string[] dx, string ruleId, string code, string expected)
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx(dx).Line("99213").Build()).OfKind(FindingKinds.CombinationCode), x => x.RuleId == ruleId);
        Assert.Equal(code, f.Code);
        Assert.Equal(expected, f.Expected);
    }

    [Theory]
    [InlineData("E11.22", "N18.30")]
    [InlineData("I12.9", "N18.30")]
    [InlineData("I11.0", "I50.9")]
    [InlineData("I10", "E78.5")]
    public void CombinationCode_AlreadyCombinedOrUnrelated_Passes(string a, string b) =>
        Assert.Empty(RealTables.Check(Claim().Dx(a, b).Line("99213").Build()).OfKind(FindingKinds.CombinationCode));
}
