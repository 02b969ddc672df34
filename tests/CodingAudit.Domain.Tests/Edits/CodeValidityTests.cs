using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

// icd10cm_codes_fy2024_subset.csv: N18.3 billable 0 (header), N18.30 billable 1, E11 category present.
// hcpcs_level2_2024.csv: J1020 added 1982-01-01, terminated 2024-03-31; G0519 added 2024-07-01.
public class CodeValidityTests
{
    [Fact]
    public void Icd_HeaderCode_IsInvalid()
    {
        var f = Assert.Single(RealTables.Check(Claim().Dx("N18.3").Line("99213").Build()).OfKind(FindingKinds.InvalidCode));
        Assert.Equal(EditRuleIds.IcdHeader, f.RuleId);
        Assert.Equal("N18.3", f.Code);
        Assert.Null(f.Line);
        Assert.Equal(CodeSystem.Diagnosis, f.CodeSystem);
    }

    [Fact]
    public void Icd_BillableChild_IsValid() =>
        Assert.Empty(RealTables.Check(Claim().Dx("N18.30").Line("99213").Build()).OfKind(FindingKinds.InvalidCode));

    [Fact]
    public void Icd_UnknownCodeInKnownCategory_IsInvalid() =>
        Assert.Equal(EditRuleIds.IcdUnknown,
            Assert.Single(RealTables.Check(Claim().Dx("E11.99").Line("99213").Build()).OfKind(FindingKinds.InvalidCode)).RuleId);

    [Fact]
    public void Icd_CategoryOutsideTheSubset_IsNoEditDataNotAnError()
    {
        var findings = RealTables.Check(Claim().Dx("Q99.9").Line("99213").Build());
        Assert.Empty(findings.OfKind(FindingKinds.InvalidCode));
        Assert.Single(findings.OfKind(FindingKinds.NoEditData));
    }

    [Fact]
    public void Hcpcs_TerminatedCode_IsInvalidAfterTermination()
    {
        var f = Assert.Single(RealTables.Check(Claim().On(2024, 4, 1).Dx("N18.30").Line("J1020").Build()).OfKind(FindingKinds.InvalidCode));
        Assert.Equal(EditRuleIds.ProcedureNotEffective, f.RuleId);
        Assert.Equal(1, f.Line);
    }

    [Fact]
    public void Hcpcs_TerminatedCode_IsValidOnItsLastDay() =>
        Assert.Empty(RealTables.Check(Claim().On(2024, 3, 31).Dx("N18.30").Line("J1020").Build()).OfKind(FindingKinds.InvalidCode));

    [Fact]
    public void Hcpcs_CodeBeforeItWasAdded_IsInvalid() =>
        Assert.Single(RealTables.Check(Claim().On(2024, 6, 28).Dx("N18.30").Line("G0519").Build()).OfKind(FindingKinds.InvalidCode));

    [Fact]
    public void Procedure_MalformedCode_IsInvalid() =>
        Assert.Equal(EditRuleIds.ProcedureUnknown,
            Assert.Single(RealTables.Check(Claim().Dx("N18.30").Line("9921").Build()).OfKind(FindingKinds.InvalidCode)).RuleId);
}
