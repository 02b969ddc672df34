using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>The concept, attribute and specificity data the analyser matches note text against.</summary>
public sealed class TerminologyLexicon
{
    private readonly Dictionary<string, Concept> concepts;
    private readonly Dictionary<string, List<SpecificityRule>> rulesByConcept;
    private readonly Dictionary<string, string> groupOf;

    public TerminologyLexicon(IEnumerable<Concept> concepts, IEnumerable<ConceptSynonym> synonyms,
        IEnumerable<AttributeWord> attributes, IEnumerable<SpecificityRule> specificity)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(specificity);
        this.concepts = concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Synonyms = new PhraseTrie<ConceptSynonym>();
        foreach (var s in synonyms)
        {
            if (!this.concepts.ContainsKey(s.ConceptId))
                throw new ArgumentException($"Synonym '{s.Phrase}' names unknown concept '{s.ConceptId}'.", nameof(synonyms));
            Synonyms.Add(Tokenizer.Keys(s.Phrase), s);
        }
        AttributeWords = new PhraseTrie<AttributeWord>();
        groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in attributes)
        {
            AttributeWords.Add(Tokenizer.Keys(a.Phrase), a);
            groupOf[a.Attribute] = a.Group;
        }
        rulesByConcept = new Dictionary<string, List<SpecificityRule>>(StringComparer.Ordinal);
        foreach (var r in specificity)
        {
            if (!this.concepts.ContainsKey(r.ConceptId))
                throw new ArgumentException($"Specificity rule for {r.Code} names unknown concept '{r.ConceptId}'.", nameof(specificity));
            if (!rulesByConcept.TryGetValue(r.ConceptId, out var list)) rulesByConcept[r.ConceptId] = list = [];
            list.Add(r);
        }
    }

    public PhraseTrie<ConceptSynonym> Synonyms { get; }
    public PhraseTrie<AttributeWord> AttributeWords { get; }
    public IReadOnlyCollection<Concept> Concepts => concepts.Values;

    public Concept Concept(string id) => concepts[id];

    /// <summary>The concepts whose mentions would support <paramref name="code"/>; empty when the lexicon cannot judge it.</summary>
    public IReadOnlyList<Concept> ConceptsSupporting(string code) =>
        supporting.GetOrAdd(code, c => concepts.Values.Where(x => x.Supports(c)).ToArray());

    // Claims repeat a few hundred codes; the scan over every concept is done once per code.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Concept[]> supporting = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The exclusive group of an attribute ("laterality"), or the attribute itself when it has none.</summary>
    public string GroupOf(string attribute) => groupOf.TryGetValue(attribute, out var g) ? g : attribute;

    /// <summary>The most specific rule of the concept whose attributes are all documented; null when the concept has none.</summary>
    public SpecificityRule? Resolve(string conceptId, IReadOnlySet<string> documented)
    {
        if (!rulesByConcept.TryGetValue(conceptId, out var rules)) return null;
        SpecificityRule? best = null;
        foreach (var r in rules)
        {
            if (!r.Attributes.All(documented.Contains)) continue;
            if (best is null || r.Attributes.Count > best.Attributes.Count) best = r;
        }
        return best;
    }

    /// <summary>All specificity rules of a concept, in file order.</summary>
    public IReadOnlyList<SpecificityRule> RulesFor(string conceptId) =>
        rulesByConcept.TryGetValue(conceptId, out var rules) ? rules : [];

    /// <summary>The rule whose code is <paramref name="code"/> for the concept, or null.</summary>
    public SpecificityRule? RuleFor(string conceptId, string code) =>
        rulesByConcept.TryGetValue(conceptId, out var rules)
            ? rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>The concept a specific code belongs to through the specificity rules, for ICD description phrases.</summary>
    public (string ConceptId, IReadOnlySet<string> Attributes)? ConceptOfCode(string code)
    {
        foreach (var (id, rules) in rulesByConcept)
        {
            var r = rules.FirstOrDefault(x => string.Equals(x.Code, code, StringComparison.OrdinalIgnoreCase));
            if (r is not null) return (id, r.Attributes.Where(a => !a.StartsWith("concept:", StringComparison.Ordinal)).ToHashSet());
        }
        return null;
    }
}
