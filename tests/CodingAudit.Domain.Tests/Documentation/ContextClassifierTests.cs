using CodingAudit.Domain.Documentation.Context;

namespace CodingAudit.Domain.Tests.Documentation;

/// <summary>Assertion categories and trigger scope, through the analyser with the shipped trigger list.</summary>
public sealed class ContextClassifierTests
{
    private static Assertion AssertionOf(string note, string concept, int occurrence = 0) =>
        DocumentationTestData.Analyse(note).Mentions.Where(m => m.ConceptId == concept).ElementAt(occurrence).Assertion;

    [Theory]
    [InlineData("Denies chest pain.", "chest_pain")]
    [InlineData("No evidence of pneumonia on exam.", "pneumonia")]
    [InlineData("Negative for fever, chills, night sweats, weight loss, fatigue, cough.", "cough")]
    [InlineData("Pneumonia was ruled out.", "pneumonia")]
    [InlineData("Kidney function normal, no evidence of CKD.", "ckd")]
    public void Negated(string note, string concept) => Assert.Equal(Assertion.Negated, AssertionOf(note, concept));

    [Theory]
    [InlineData("Probable pneumonia, RLL.", "pneumonia")]
    [InlineData("Palpitations - r/o afib, Holter placed.", "atrial_fibrillation")]
    [InlineData("Suspected obstructive sleep apnea.", "osa")]
    [InlineData("Symptoms consistent with GERD.", "gerd")]
    [InlineData("Bronchitis vs pneumonia.", "pneumonia")]
    [InlineData("Pneumonia? CXR ordered.", "pneumonia")]
    public void Uncertain(string note, string concept) => Assert.Equal(Assertion.Uncertain, AssertionOf(note, concept));

    [Theory]
    [InlineData("H/o afib s/p ablation, no recurrence.", "atrial_fibrillation")]
    [InlineData("Pneumonia, resolved.", "pneumonia")]
    [InlineData("Low back pain last month, now resolved.", "low_back_pain")]
    [InlineData("PMH: HTN, DM2.", "hypertension")]
    public void Historical(string note, string concept) => Assert.Equal(Assertion.Historical, AssertionOf(note, concept));

    [Theory]
    [InlineData("Mother has migraines.", "migraine")]
    [InlineData("Family history of CAD.", "cad")]
    [InlineData("FHx: diabetes in father.", "diabetes_type2")]
    public void OtherPerson(string note, string concept) => Assert.Equal(Assertion.OtherPerson, AssertionOf(note, concept));

    [Theory]
    [InlineData("Return if fever develops.", "fever")]
    [InlineData("Watch for pneumonia.", "pneumonia")]
    public void Hypothetical(string note, string concept) => Assert.Equal(Assertion.Hypothetical, AssertionOf(note, concept));

    [Fact]
    public void Scope_EndsAtBut()
    {
        const string note = "No chest pain but has dyspnea.";
        Assert.Equal(Assertion.Negated, AssertionOf(note, "chest_pain"));
        Assert.Equal(Assertion.Affirmed, AssertionOf(note, "dyspnea"));
    }

    [Fact]
    public void Scope_EndsAtSemicolonAndHowever()
    {
        Assert.Equal(Assertion.Affirmed, AssertionOf("No fever; productive cough for a week.", "cough"));
        Assert.Equal(Assertion.Affirmed, AssertionOf("No fever, however, has a cough.", "cough"));
    }

    [Fact]
    public void Scope_EndsAtSentenceEnd() =>
        Assert.Equal(Assertion.Affirmed, AssertionOf("Denies fever. Cough for a week.", "cough"));

    [Fact]
    public void Scope_WindowLimit()
    {
        // "not" reaches four words; the condition seven words on is outside it.
        Assert.Equal(Assertion.Affirmed, AssertionOf("Not sleeping well for the last three weeks due to anxiety.", "anxiety"));
        Assert.Equal(Assertion.Negated, AssertionOf("Not anxious, no anxiety.", "anxiety"));
    }

    [Fact]
    public void PostTrigger_ReachesBackwards() =>
        Assert.Equal(Assertion.Negated, AssertionOf("UTI unlikely given negative UA.", "uti"));

    [Fact]
    public void PseudoTrigger_DoesNotNegate() =>
        Assert.Equal(Assertion.Affirmed, AssertionOf("HTN not well controlled, increase lisinopril.", "hypertension"));

    [Fact]
    public void LongestTriggerWins_NoHistoryOfIsNegation() =>
        Assert.Equal(Assertion.Negated, AssertionOf("No history of asthma.", "asthma"));

    [Fact]
    public void HistoryOfChronicConditionOnTreatment_IsPresent() =>
        Assert.Equal(Assertion.Affirmed, AssertionOf("Hx HTN, on lisinopril.", "hypertension"));

    [Fact]
    public void ProcedureTriggers_DoNotTouchConditions() =>
        Assert.Equal(Assertion.Affirmed, AssertionOf("Patient declined statin for hyperlipidemia.", "hyperlipidemia"));
}
