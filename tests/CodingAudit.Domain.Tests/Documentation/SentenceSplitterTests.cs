namespace CodingAudit.Domain.Tests.Documentation;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_OffsetsPointIntoTheNote()
    {
        const string note = "HPI: Pt seen by Dr. Smith. Takes metformin 500 mg b.i.d. daily.\nNo fever. BP 120/80, temp 98.6.";
        var sentences = DocumentationTestData.Analyse(note).Sentences;
        Assert.All(sentences, s => Assert.Equal(s.Text, note[s.Start..s.End]));
        Assert.Equal(["Pt seen by Dr. Smith.", "Takes metformin 500 mg b.i.d. daily.", "No fever.", "BP 120/80, temp 98.6."],
            sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_ListNumbersStayWithTheirItem()
    {
        var sentences = DocumentationTestData.Analyse("A/P:\n1. HTN - continue.\n2. DM2 - stable.").Sentences;
        Assert.Equal(["1. HTN - continue.", "2. DM2 - stable."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_QuestionMarkEndsSentence()
    {
        var sentences = DocumentationTestData.Analyse("Pneumonia? CXR ordered.").Sentences;
        Assert.Equal(["Pneumonia?", "CXR ordered."], sentences.Select(s => s.Text));
    }
}
