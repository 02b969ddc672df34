using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Extraction;

namespace CodingAudit.Domain.Tests.Documentation;

public sealed class ExtractionTests
{
    [Theory]
    [InlineData("Total time 42 minutes.", 42)]
    [InlineData("I spent a total of 35 min on the date of the encounter.", 35)]
    [InlineData("Total time on the date of service: 1 hour.", 60)]
    [InlineData("Time: 20 minutes", 20)]
    [InlineData("A/P: HTN.\nTotal time:\n25 minutes.", 25)]
    [InlineData("45 minutes were spent face to face, > 50% counseling.", 45)]
    public void Time_Found(string note, int minutes) =>
        Assert.Equal(minutes, DocumentationTestData.Analyse(note).TotalTime?.Minutes);

    [Theory]
    [InlineData("Ther ex 25 min, manual therapy 10 min.")]
    [InlineData("Counseled >10 minutes on smoking cessation.")]
    [InlineData("Symptoms for 30 minutes after meals.")]
    public void Time_NotATotal(string note) => Assert.Null(DocumentationTestData.Analyse(note).TotalTime);

    [Theory]
    [InlineData("MDM: moderate.", 4)]
    [InlineData("Medical decision making of high complexity.", 5)]
    [InlineData("Low complexity MDM.", 3)]
    [InlineData("Problems: low. Data: minimal. Risk: low.", 3)]
    [InlineData("Problems: moderate. Data: extensive. Risk: low.", 4)]
    [InlineData("MDM\nstraightforward", 2)]
    public void Mdm_Stated(string note, int level) => Assert.Equal(level, DocumentationTestData.Analyse(note).Mdm?.Level);

    [Fact]
    public void Mdm_EstimatedFromTwoStableChronicIllnessesAndPrescription()
    {
        var estimate = DocumentationTestData.Analyse("A/P: HTN - controlled, continue lisinopril. DM2 - A1c 6.8, continue metformin.").EstimatedMdm!;
        Assert.Equal((4, 2, 4), (estimate.Problems, estimate.Data, estimate.Risk));
        Assert.Equal(4, estimate.Level);
    }

    [Fact]
    public void Mdm_EstimatedSelfLimitedWithSupportiveCare_IsStraightforward() =>
        Assert.Equal(2, DocumentationTestData.Analyse("A/P: Viral URI - supportive care, fluids.").EstimatedMdm!.Level);

    [Fact]
    public void Procedure_SideCountAndAssertion()
    {
        var p = DocumentationTestData.Analyse("Procedure: 3 warts on the left hand destroyed with liquid nitrogen.").Procedures.First(p => p.Code == "17110");
        Assert.Equal(("17110", "left", 3, Assertion.Affirmed), (p.Code, p.Side, p.Count, p.Assertion));
    }

    [Fact]
    public void Procedure_Planned_IsHypothetical() =>
        Assert.Equal(Assertion.Hypothetical,
            DocumentationTestData.Analyse("Will schedule left knee injection at next visit.").Procedures.Single(p => p.Code == "20610").Assertion);

    [Fact]
    public void Procedure_SideFromProcedureSection() =>
        Assert.Equal("right", DocumentationTestData.Analyse("Procedure note: Joint injection.\nSite: right knee.").Procedures.First(p => p.Code == "20610").Side);

    [Fact]
    public void TimedMinutes_EachServiceTakesItsOwn()
    {
        var procedures = DocumentationTestData.Analyse("Ther ex 23 min, NMR 10 min. Manual: 8 min.").Procedures;
        Assert.Equal(23, procedures.Single(p => p.Code == "97110").Minutes);
        Assert.Equal(10, procedures.Single(p => p.Code == "97112").Minutes);
        Assert.Equal(8, procedures.Single(p => p.Code == "97140").Minutes);
    }

    [Fact]
    public void Attributes_StageAndLaterality()
    {
        var mentions = DocumentationTestData.Analyse("A/P:\n4. CKD stage 3b, stable. Right knee OA, left shoulder pain.").Mentions;
        Assert.Contains("stage3b", mentions.Single(m => m.ConceptId == "ckd").Attributes);
        Assert.DoesNotContain("stage4", mentions.Single(m => m.ConceptId == "ckd").Attributes);
        Assert.Contains("right", mentions.Single(m => m.ConceptId == "osteoarthritis").Attributes);
        Assert.Contains("left", mentions.Single(m => m.ConceptId == "joint_pain").Attributes);
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(38, 3)]
    [InlineData(53, 4)]
    [InlineData(68, 5)]
    [InlineData(83, 6)]
    [InlineData(98, 7)]
    public void EightMinuteRule_TotalUnits(int minutes, int units) => Assert.Equal(units, EightMinuteRule.TotalUnits(minutes));

    [Fact]
    public void EightMinuteRule_LeftoverUnitGoesToMostRemainingMinutes()
    {
        var units = EightMinuteRule.Distribute(new Dictionary<string, int> { ["97110"] = 24, ["97140"] = 8 });
        Assert.Equal((2, 0), (units["97110"], units["97140"]));
    }
}
