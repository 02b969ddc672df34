using CodingAudit.Domain.Documentation;
using CodingAudit.Domain.Documentation.Data;

namespace CodingAudit.Ingest.Documentation;

/// <summary>Loads the documentation check's data from a seed-data folder: documentation/*.csv plus the ICD-10-CM
/// order table and the E/M time thresholds from reference/.</summary>
public static class DocumentationDataFiles
{
    public const string IcdFile = "icd10cm_codes_fy2024_subset.csv";
    public const string EmFile = "em_time_thresholds.csv";

    /// <summary>Reads seed-data/documentation and seed-data/reference under <paramref name="seedDataFolder"/>.</summary>
    public static DocumentationKnowledge Load(string seedDataFolder) =>
        Load(Path.Combine(seedDataFolder, "documentation"), Path.Combine(seedDataFolder, "reference"));

    /// <summary>Reads everything; a missing or malformed file raises an <see cref="InvalidDataException"/> naming it.</summary>
    public static DocumentationKnowledge Load(string documentationFolder, string referenceFolder, string? icdFile = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentationFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceFolder);
        var doc = documentationFolder;
        var reference = referenceFolder;
        var headings = Parse(Path.Combine(doc, "section_headings.csv"), DocumentationDataParser.Headings);
        var concepts = Parse(Path.Combine(doc, "concepts.csv"), DocumentationDataParser.Concepts);
        var synonyms = Parse(Path.Combine(doc, "synonyms.csv"), DocumentationDataParser.Synonyms);
        var attributes = Parse(Path.Combine(doc, "attributes.csv"), DocumentationDataParser.Attributes);
        var specificity = Parse(Path.Combine(doc, "specificity.csv"), DocumentationDataParser.Specificity);
        var triggers = Parse(Path.Combine(doc, "context_triggers.csv"), DocumentationDataParser.Triggers);
        var procedures = Parse(Path.Combine(doc, "procedure_phrases.csv"), DocumentationDataParser.Procedures);
        var mdmTerms = Parse(Path.Combine(doc, "mdm_terms.csv"), DocumentationDataParser.MdmTerms);
        var icd = Parse(icdFile ?? Path.Combine(reference, IcdFile), DocumentationDataParser.IcdDescriptions);
        var em = Parse(Path.Combine(reference, EmFile), DocumentationDataParser.EmThresholds);
        try
        {
            var lexicon = DocumentationDataParser.BuildLexicon(concepts, synonyms, attributes, specificity, icd);
            return new DocumentationKnowledge(headings, lexicon, triggers, procedures, em, mdmTerms);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{doc}: {e.Message}", e);
        }
    }

    private static T Parse<T>(string path, Func<TextReader, string, T> parse)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: file not found");
        using var reader = new StreamReader(path);
        try
        {
            return parse(reader, path);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
