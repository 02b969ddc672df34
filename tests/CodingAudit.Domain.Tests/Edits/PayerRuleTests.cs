using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;
using static CodingAudit.Domain.Tests.Edits.ClaimBuilder;

namespace CodingAudit.Domain.Tests.Edits;

public class PayerRuleTests
{
    private static IReadOnlyList<Finding> Check(PayerRule rule, ClaimForReview claim, params ClaimForReview[] sameDay) =>
        new EditEngine(RealTables.Library, new PayerRuleBook([rule])).Check(claim, sameDay).OfKind(FindingKinds.PayerRule);

    private static IReadOnlyList<CodePattern> Codes(params string[] p) => p.Select(CodePattern.Parse).ToArray();

    [Fact]
    public void PayerRule_RequiredDiagnosisMissing_Flags()
    {
        var rule = new PayerRule("NORTHWIND", "NW-1", "Knee injections need a knee diagnosis", Codes("20610"), requiredDiagnoses: Codes("M17.-"));

        var f = Assert.Single(Check(rule, Claim().Payer("NORTHWIND").Dx("M25.561").Line("20610", modifiers: ["RT"]).Build()));
        Assert.Equal("PAYER-NW-1", f.RuleId);
        Assert.Empty(Check(rule, Claim().Payer("NORTHWIND").Dx("M17.11").Line("20610", modifiers: ["RT"]).Build()));
    }

    [Fact]
    public void PayerRule_OtherPayer_DoesNotApply()
    {
        var rule = new PayerRule("NORTHWIND", "NW-2", "Not covered", Codes("97*"), notCovered: true);
        Assert.Empty(Check(rule, Claim().Payer("MEDICARE").Line("97110").Build()));
        Assert.Single(Check(rule, Claim().Payer("NORTHWIND").Line("97110").Build()));
    }

    [Fact]
    public void PayerRule_UnitsPerDaySummedAcrossClaims_Flags()
    {
        var rule = new PayerRule("NORTHWIND", "NW-3", "At most 4 therapy units a day", Codes("97110-97140"), maxUnitsPerDay: 4);
        var first = Claim("CA").Payer("NORTHWIND").Line("97110", 3).Build();
        var second = Claim("CB").Payer("NORTHWIND").Line("97140", 2).Build();

        Assert.Equal("4", Assert.Single(Check(rule, second, first)).Expected);
        Assert.Empty(Check(rule, Claim("CC").Payer("NORTHWIND").Line("97110", 4).Build()));
    }

    [Fact]
    public void PayerRule_FrequencyAndModifierAndAge_Flag()
    {
        var rule = new PayerRule("NORTHWIND", "NW-4", "Rule", Codes("20610"), requiredModifiers: ["RT", "LT"], maxLinesPerDay: 1, minAge: 18);
        var claim = Claim().Payer("NORTHWIND").Patient(Sex.Female, 16).Dx("M17.11").Line("20610").Line("20610", modifiers: ["LT"]).Build();

        var findings = Check(rule, claim);
        Assert.Contains(findings, f => f.Line == 1 && f.Message.Contains("needs modifier RT or LT"));
        Assert.Contains(findings, f => f.Message.Contains("billed 2 times"));
        Assert.Equal(2, findings.Count(f => f.Message.Contains("ages 18")));
    }

    [Fact]
    public void PayerRule_OutsideItsDates_DoesNotApply()
    {
        var rule = new PayerRule("NORTHWIND", "NW-5", "Not covered from 2025", Codes("20610"), effectiveFrom: new DateOnly(2025, 1, 1), notCovered: true);
        Assert.Empty(Check(rule, Claim().Payer("NORTHWIND").Line("20610").Build()));
    }

    [Fact]
    public void PayerRule_WithoutConstraint_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new PayerRule("NORTHWIND", "NW-6", "Nothing", Codes("20610")));
}
