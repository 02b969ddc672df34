using CodingAudit.Domain.Documentation.Data;

namespace CodingAudit.Domain.Tests.Documentation;

public sealed class DocumentationDataParserTests
{
    [Fact]
    public void Triggers_BadCategory_NamesFileLineAndField()
    {
        var e = Assert.Throws<FormatException>(() =>
            DocumentationDataParser.Triggers(new StringReader("# comment\nphrase,category,direction,window\ndenies,Negatd,Forward,5\n"), "t.csv"));
        Assert.StartsWith("t.csv:3: field 'category'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concepts_WrongHeader_IsRejected() =>
        Assert.Contains("column 2 must be 'support_prefixes'",
            Assert.Throws<FormatException>(() => DocumentationDataParser.Concepts(new StringReader("concept,prefixes\n"), "c.csv")).Message, StringComparison.Ordinal);

    [Fact]
    public void CleanDescription_DropsUnspecifiedAndParentheses() =>
        Assert.Equal("Essential hypertension", DocumentationDataParser.CleanDescription("Essential (primary) hypertension"));

    [Fact]
    public void Lexicon_IcdDescriptionJoinsCuratedConcept()
    {
        var mention = DocumentationTestData.Analyse("Assessment: Unilateral primary osteoarthritis, left knee.").Mentions.Single();
        Assert.Equal(("osteoarthritis", "M17.12"), (mention.ConceptId, mention.Code));
    }
}
