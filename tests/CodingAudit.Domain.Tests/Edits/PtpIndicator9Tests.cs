using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

public class PtpIndicator9Tests
{
    [Fact]
    public void Ptp_Indicator9_NeverFlags()
    {
        // An active indicator-9 row: the edit does not apply, with or without modifiers.
        var release = new ReferenceRelease(ReferenceTables.PtpPractitioner, "test", new DateOnly(1996, 1, 1), null, "test", "", 1);
        var library = new ReferenceLibraryBuilder()
            .Add(release, PtpTable.From("practitioner", [new PtpEdit("11201", "11300", null, null, PtpModifierIndicator.NotApplicable, "Mutually exclusive procedures", "practitioner")]))
            .Build();

        var findings = new EditEngine(library).Check(Claim().Line("11201").Line("11300").Build(), []);

        Assert.Empty(findings.OfKind(FindingKinds.Ptp));
    }

    [Fact]
    public void Ptp_Indicator1InSameSyntheticTable_Flags()
    {
        // The control for the test above: the same pair with indicator 1 does fire.
        var release = new ReferenceRelease(ReferenceTables.PtpPractitioner, "test", new DateOnly(1996, 1, 1), null, "test", "", 1);
        var library = new ReferenceLibraryBuilder()
            .Add(release, PtpTable.From("practitioner", [new PtpEdit("11201", "11300", null, null, PtpModifierIndicator.Allowed, "r", "practitioner")]))
            .Build();

        Assert.Single(new EditEngine(library).Check(Claim().Line("11201").Line("11300").Build(), []).OfKind(FindingKinds.Ptp));
    }

    [Fact]
    public void Ptp_RealIndicator9Row_DoesNotFlag() =>
        // 11201,11300,19960101,9,Mutually exclusive procedures,practitioner
        Assert.Empty(RealTables.Check(Claim().Line("11201").Line("11300").Build()).OfKind(FindingKinds.Ptp));
}
