using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

public class NoEditDataTests
{
    [Fact]
    public void EmptyLibrary_ReportsNoEditDataForEveryTableNotAPass()
    {
        var findings = new EditEngine(ReferenceLibrary.Empty).Check(Claim().Dx("E11.9", "I10").Line("11042").Line("99215").Build(), []);

        Assert.All(findings.Where(f => f.RuleId.StartsWith(EditRuleIds.NoDataPrefix, StringComparison.Ordinal)), f => Assert.Equal(FindingKinds.NoEditData, f.Kind));
        var tables = findings.Where(f => f.Kind == FindingKinds.NoEditData).Select(f => f.RuleId).ToHashSet();
        Assert.Contains("NO-DATA-ncci-ptp-practitioner", tables);
        Assert.Contains("NO-DATA-ncci-mue", tables);
        Assert.Contains("NO-DATA-icd10cm", tables);
        Assert.Contains("NO-DATA-mce-edits", tables);
        Assert.Contains("NO-DATA-ncci-addon", tables);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKinds.Ptp);
        Assert.All(findings.Where(f => f.Kind == FindingKinds.NoEditData), f => Assert.False(f.IsError));
    }

    [Fact]
    public void DateBeforeEveryRelease_IsNoEditData()
    {
        var findings = RealTables.Check(Claim().On(1995, 6, 1).Dx("E11.9").Line("11042").Line("99215").Build());
        Assert.Contains(findings, f => f.RuleId == "NO-DATA-ncci-ptp-practitioner");
        Assert.Empty(findings.OfKind(FindingKinds.Ptp));
    }

    [Fact]
    public void Engine_RecordsTheReleasesItUsed()
    {
        var engine = new EditEngine(RealTables.Library);
        engine.Check(Claim().Dx("E11.9").Line("99213").Build(), []);

        var tables = engine.ReleasesUsed.Select(r => r.Table).ToHashSet();
        Assert.Contains(ReferenceTables.PtpPractitioner, tables);
        Assert.Contains(ReferenceTables.Icd10Cm, tables);
        Assert.All(engine.ReleasesUsed, r => Assert.Equal(64, r.Sha256.Split(';')[0].Length));
    }
}
