using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Extraction;
using CodingAudit.Domain.Documentation.Terminology;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Data;

/// <summary>
/// Parses the documentation rule data (seed-data/documentation/*.csv and two reference tables) from text. Every error
/// names the file, line and field. The formats are described in seed-data/documentation/README.md.
/// </summary>
public static class DocumentationDataParser
{
    public static IReadOnlyList<SectionHeading> Headings(TextReader reader, string file) =>
        Rows(reader, file, ["heading", "section"]).Select(r =>
            new SectionHeading(Required(r, 0, "heading", file), Enum<SectionKind>(r, 1, "section", file))).ToArray();

    public static IReadOnlyList<Concept> Concepts(TextReader reader, string file) =>
        Rows(reader, file, ["concept", "support_prefixes", "default_code", "missable", "label"]).Select(r =>
        {
            try
            {
                var symptom = Field(r, 3).Equals("symptom", StringComparison.OrdinalIgnoreCase);
                return new Concept(Required(r, 0, "concept", file), List(r, 1, '|'), Required(r, 2, "default_code", file),
                    !symptom && Bool(r, 3, "missable", file), Field(r, 4), Field(r, 5), symptom);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"{file}:{r.Line}: {e.Message}", e);
            }
        }).ToArray();

    public static IReadOnlyList<MdmTerm> MdmTerms(TextReader reader, string file) =>
        Rows(reader, file, ["term", "element", "value"]).Select(r =>
        {
            var element = Required(r, 1, "element", file).ToLowerInvariant();
            var value = Required(r, 2, "value", file).ToLowerInvariant();
            var ok = element switch
            {
                "status" => value is "unstable" or "severe",
                "data" => value is "test" or "external" or "interpretation" or "discussion",
                "risk" => value is "minimal" or "low" or "moderate" or "high",
                _ => false,
            };
            if (!ok) throw new FormatException($"{file}:{r.Line}: element '{element}' with value '{value}' is not one of the documented pairs");
            return new MdmTerm(Required(r, 0, "term", file), element, value);
        }).ToArray();

    public static IReadOnlyList<ConceptSynonym> Synonyms(TextReader reader, string file) =>
        Rows(reader, file, ["phrase", "concept", "attributes"]).Select(r =>
            new ConceptSynonym(Required(r, 0, "phrase", file), Required(r, 1, "concept", file), Set(r, 2, '|'))).ToArray();

    public static IReadOnlyList<AttributeWord> Attributes(TextReader reader, string file) =>
        Rows(reader, file, ["phrase", "attribute", "group", "concepts"]).Select(r =>
            new AttributeWord(Required(r, 0, "phrase", file), Required(r, 1, "attribute", file),
                string.IsNullOrWhiteSpace(Field(r, 2)) ? Field(r, 1) : Field(r, 2), Set(r, 3, '|'),
                Field(r, 4).Equals("after", StringComparison.OrdinalIgnoreCase))).ToArray();

    public static IReadOnlyList<SpecificityRule> Specificity(TextReader reader, string file) =>
        Rows(reader, file, ["concept", "attributes", "code"]).Select(r =>
            new SpecificityRule(Required(r, 0, "concept", file), Set(r, 1, '+'), Required(r, 2, "code", file).ToUpperInvariant())).ToArray();

    public static IReadOnlyList<ContextTrigger> Triggers(TextReader reader, string file) =>
        Rows(reader, file, ["phrase", "category", "direction", "window"]).Select(r =>
            new ContextTrigger(Required(r, 0, "phrase", file), Enum<TriggerCategory>(r, 1, "category", file),
                Enum<TriggerDirection>(r, 2, "direction", file), Int(r, 3, "window", file, 8),
                string.IsNullOrWhiteSpace(Field(r, 4)) ? TriggerScope.Any : Enum<TriggerScope>(r, 4, "applies_to", file))).ToArray();

    public static IReadOnlyList<ProcedurePhrase> Procedures(TextReader reader, string file) =>
        Rows(reader, file, ["code", "phrase", "requires", "timed"]).Select(r =>
            new ProcedurePhrase(Required(r, 0, "code", file).ToUpperInvariant(), Required(r, 1, "phrase", file),
                List(r, 2, '|').SelectMany(Tokenizer.Keys).ToArray(), Bool(r, 3, "timed", file), Bool(r, 4, "minor", file))).ToArray();

    /// <summary>em_time_thresholds.csv (code, patient_status, level, minimum_minutes, ...).</summary>
    public static EmTimeThresholds EmThresholds(TextReader reader, string file) =>
        new(Rows(reader, file, ["code", "patient_status", "level", "minimum_minutes"], comments: false).Select(r =>
            new EmTimeThreshold(Required(r, 0, "code", file).ToUpperInvariant(), Required(r, 1, "patient_status", file),
                NullableInt(r, 2, "level", file), NullableInt(r, 3, "minimum_minutes", file))).ToArray());

    /// <summary>Billable codes and long descriptions from the ICD-10-CM order table CSV (icd10cm_code, billable, long_description).</summary>
    public static IReadOnlyList<(string Code, string Description)> IcdDescriptions(TextReader reader, string file)
    {
        var rows = Read(reader, file, comments: false, out var header);
        var code = Column(header, "icd10cm_code", file);
        var billable = Column(header, "billable", file);
        var description = Column(header, "long_description", file);
        return rows.Where(r => Field(r, billable) == "1")
            .Select(r => (Required(r, code, "icd10cm_code", file).ToUpperInvariant(), Required(r, description, "long_description", file))).ToArray();
    }

    /// <summary>
    /// Builds the lexicon: curated concepts and synonyms, plus one phrase per billable ICD-10-CM code from its long
    /// description ("Acute pharyngitis, unspecified" = "acute pharyngitis"). A description phrase joins the curated
    /// concept that owns its code (through the specificity rules, else the longest support prefix); other codes get
    /// a concept per category ("icd:J02") that supports the category but is never judged or reported as missed.
    /// Codes that a specificity rule builds from other concepts ("concept:heart_failure") get no phrase.
    /// </summary>
    public static TerminologyLexicon BuildLexicon(IReadOnlyList<Concept> concepts, IReadOnlyList<ConceptSynonym> synonyms,
        IReadOnlyList<AttributeWord> attributes, IReadOnlyList<SpecificityRule> specificity, IReadOnlyList<(string Code, string Description)> icd)
    {
        var probe = new TerminologyLexicon(concepts, [], [], specificity);
        var allConcepts = concepts.ToList();
        var known = concepts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var allSynonyms = synonyms.ToList();
        // A combination code's description names the conditions it combines ("Hypertensive heart disease with heart
        // failure"). As one phrase it would hide the second condition, whose own code the combination code asks for
        // ("use additional code" for the type of heart failure, the CKD stage, the ulcer site); the parts are read
        // separately and the specificity rule puts them back together.
        var combinations = specificity.Where(r => r.Attributes.Any(a => a.StartsWith("concept:", StringComparison.Ordinal)))
            .Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, description) in icd)
        {
            if (combinations.Contains(code)) continue;
            var phrase = CleanDescription(description);
            if (Tokenizer.Keys(phrase).Length < 2) continue; // one-word descriptions ("Fever") are in the curated list where wanted
            string conceptId;
            IReadOnlySet<string> attrs = new HashSet<string>();
            if (probe.ConceptOfCode(code) is { } owned)
            {
                conceptId = owned.ConceptId;
                attrs = owned.Attributes;
            }
            else if (concepts.Where(c => c.Supports(code)).OrderByDescending(c => c.SupportPrefixes.Max(p => code.StartsWith(p, StringComparison.Ordinal) ? p.Length : 0)).FirstOrDefault() is { } curated)
            {
                conceptId = curated.Id;
            }
            else
            {
                var category = code.Length >= 3 ? code[..3] : code;
                conceptId = "icd:" + category;
                if (known.Add(conceptId)) allConcepts.Add(new Concept(conceptId, [category], code, false, description));
            }
            allSynonyms.Add(new ConceptSynonym(phrase, conceptId, attrs, code));
        }
        return new TerminologyLexicon(allConcepts, allSynonyms, attributes, specificity);
    }

    /// <summary>An ICD-10-CM long description as a clinician might write it: no parentheses, no "unspecified".</summary>
    public static string CleanDescription(string description)
    {
        var s = System.Text.RegularExpressions.Regex.Replace(description, @"\([^)]*\)", " ");
        s = System.Text.RegularExpressions.Regex.Replace(s, @",?\s*(?:unspecified|not elsewhere classified|NEC|without complications?)\b", " ",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ").Trim(' ', ',');
    }

    private static List<CsvRow> Rows(TextReader reader, string file, string[] expected, bool comments = true)
    {
        var rows = Read(reader, file, comments, out var header);
        for (var i = 0; i < expected.Length; i++)
        {
            if (i >= header.Fields.Count || !header.Fields[i].Trim().Equals(expected[i], StringComparison.OrdinalIgnoreCase))
                throw new FormatException($"{file}:{header.Line}: column {i + 1} must be '{expected[i]}'");
        }
        return rows;
    }

    private static List<CsvRow> Read(TextReader reader, string file, bool comments, out CsvRow header)
    {
        try
        {
            var all = CsvText.Read(reader, comments).ToList();
            if (all.Count == 0) throw new FormatException($"{file}: the file is empty (a header row is needed)");
            header = all[0];
            return all.Skip(1).ToList();
        }
        catch (FormatException e) when (!e.Message.StartsWith(file, StringComparison.Ordinal))
        {
            throw new FormatException($"{file}: {e.Message}", e);
        }
    }

    private static int Column(CsvRow header, string name, string file)
    {
        for (var i = 0; i < header.Fields.Count; i++)
            if (header.Fields[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new FormatException($"{file}:{header.Line}: no '{name}' column");
    }

    private static string Field(CsvRow row, int index) => index < row.Fields.Count ? row.Fields[index].Trim() : "";

    private static string Required(CsvRow row, int index, string name, string file)
    {
        var v = Field(row, index);
        if (v.Length == 0) throw new FormatException($"{file}:{row.Line}: field '{name}' is empty");
        return v;
    }

    private static IReadOnlyList<string> List(CsvRow row, int index, char separator) =>
        Field(row, index).Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlySet<string> Set(CsvRow row, int index, char separator) =>
        List(row, index, separator).ToHashSet(StringComparer.Ordinal);

    private static bool Bool(CsvRow row, int index, string name, string file) => Field(row, index).ToLowerInvariant() switch
    {
        "1" or "true" or "yes" => true,
        "" or "0" or "false" or "no" => false,
        var v => throw new FormatException($"{file}:{row.Line}: field '{name}' must be 0 or 1, not '{v}'"),
    };

    private static int Int(CsvRow row, int index, string name, string file, int fallback) =>
        NullableInt(row, index, name, file) ?? fallback;

    private static int? NullableInt(CsvRow row, int index, string name, string file)
    {
        var v = Field(row, index);
        if (v.Length == 0) return null;
        if (int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
        throw new FormatException($"{file}:{row.Line}: field '{name}' must be a whole number, not '{v}'");
    }

    private static T Enum<T>(CsvRow row, int index, string name, string file) where T : struct, System.Enum
    {
        var v = Field(row, index).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (System.Enum.TryParse<T>(v, true, out var e) && System.Enum.IsDefined(e)) return e;
        throw new FormatException($"{file}:{row.Line}: field '{name}' must be one of {string.Join(", ", System.Enum.GetNames<T>())}, not '{Field(row, index)}'");
    }
}
