using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Documentation;
using CodingAudit.Ingest.Documentation;
using CodingAudit.Testing;

namespace CodingAudit.Domain.Tests.Documentation;

/// <summary>The shipped rule data, loaded once, and a builder for claims with a note.</summary>
internal static class DocumentationTestData
{
    private static readonly Lazy<DocumentationKnowledge> LazyKnowledge = new(() => DocumentationDataFiles.Load(RepoPaths.SeedData));

    public static DocumentationKnowledge Knowledge => LazyKnowledge.Value;
    public static RuleBasedNoteAnalyser Analyser { get; } = new(Knowledge);
    public static DocumentationCheck Check { get; } = new(Analyser, Knowledge);

    public static string CorpusFolder => Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Domain.Tests", "Documentation", "Corpus");

    public static NoteAnalysis Analyse(string text) => Analyser.Analyse(text);
}

/// <summary>Builds a claim with a note for the documentation check.</summary>
internal sealed class ClaimBuilder
{
    private readonly List<string> diagnoses = [];
    private readonly List<ClaimLine> lines = [];
    private string note = "";
    private int? minutes;
    private ClaimType type = ClaimType.Professional;

    public ClaimBuilder Dx(params string[] codes)
    {
        diagnoses.AddRange(codes);
        return this;
    }

    public ClaimBuilder Line(string code, int units = 1, params string[] modifiers)
    {
        lines.Add(new ClaimLine(lines.Count + 1, code, modifiers, units, 0m, diagnoses.Count > 0 ? [1] : []));
        return this;
    }

    public ClaimBuilder Note(string text, int? totalMinutes = null)
    {
        note = text;
        minutes = totalMinutes;
        return this;
    }

    public ClaimBuilder Institutional()
    {
        type = ClaimType.Institutional;
        return this;
    }

    public ClaimForReview Build()
    {
        var patient = new Patient("P1", new DateOnly(1958, 3, 14), Sex.Female);
        var at = new DateTimeOffset(2024, 9, 10, 0, 0, 0, TimeSpan.Zero);
        var claim = new Claim("C1", "E1", patient.Id, "1234567893", "MEDICARE", "", new DateOnly(2024, 9, 10), at, "11",
            diagnoses, lines, type);
        return new ClaimForReview(claim, patient, [new ClinicalNote("N1", "E1", "progress", "", at, note, minutes)]);
    }

    public IReadOnlyList<Findings.Finding> Check() => DocumentationTestData.Check.Check(Build(), []);
}
