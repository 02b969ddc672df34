using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Tests.Documentation;

public sealed class NoteSectioniserTests
{
    private static SectionKind KindOf(string note, string phrase)
    {
        var analysis = DocumentationTestData.Analyse(note);
        return analysis.Sentences.First(s => s.Text.Contains(phrase, StringComparison.Ordinal)).Section;
    }

    [Theory]
    [InlineData("CC: cough\nHPI: three days", "cough", SectionKind.ChiefComplaint)]
    [InlineData("Subjective: three days of cough\nObjective: lungs clear", "three days", SectionKind.Hpi)]
    [InlineData("Subjective: three days of cough\nObjective: lungs clear", "lungs clear", SectionKind.Exam)]
    [InlineData("PE: lungs clear\nA/P: bronchitis", "bronchitis", SectionKind.AssessmentPlan)]
    [InlineData("Impression/Plan: bronchitis, supportive care", "bronchitis", SectionKind.AssessmentPlan)]
    [InlineData("Assessment: bronchitis\nPlan: fluids", "fluids", SectionKind.AssessmentPlan)]
    [InlineData("ROS: negative except as noted in HPI", "negative except", SectionKind.Ros)]
    [InlineData("Procedure Note: left knee injection", "left knee", SectionKind.ProcedureNote)]
    [InlineData("FHx: mother with diabetes", "mother", SectionKind.FamilyHistory)]
    [InlineData("ASSESSMENT AND PLAN\n1. HTN - continue", "HTN", SectionKind.AssessmentPlan)]
    [InlineData("S: cough\nA: bronchitis", "bronchitis", SectionKind.AssessmentPlan)]
    public void Sectionise_HeadingVariants(string note, string phrase, SectionKind expected) =>
        Assert.Equal(expected, KindOf(note, phrase));

    [Fact]
    public void Sectionise_NoHeadings_IsUnlabelled() =>
        Assert.Equal(SectionKind.Unlabelled, KindOf("pt seen for f/u of htn, stable, continue meds.", "htn"));

    [Fact]
    public void Sectionise_InlineHeadingAfterSentenceEnd() =>
        Assert.Equal(SectionKind.AssessmentPlan, KindOf("HPI: cough for a week. A/P: acute bronchitis, fluids.", "acute bronchitis"));

    [Fact]
    public void Sectionise_SingleLetterWithoutColon_IsNoHeading() =>
        Assert.Equal(SectionKind.Hpi, KindOf("HPI: three days of cough\na few words\nA lot of sputum", "A lot of sputum"));

    [Fact]
    public void Sectionise_CopiedForwardRegion_EndsAtTodayMarker()
    {
        const string note = "** copied from visit 03/12 **\nA/P: HTN - uncontrolled.\n** today **\nA/P: HTN - at goal.";
        Assert.Equal(SectionKind.CopiedForward, KindOf(note, "uncontrolled"));
        Assert.Equal(SectionKind.AssessmentPlan, KindOf(note, "at goal"));
    }

    [Fact]
    public void Sectionise_SectionsCoverBodyAfterHeading()
    {
        const string note = "CC: knee pain\nA/P: OA";
        var sections = DocumentationTestData.Analyse(note).Sections;
        Assert.Equal(["CC", "A/P"], sections.Select(s => s.Heading));
        Assert.Equal(" OA", note[sections[1].Start..sections[1].End]);
    }
}
