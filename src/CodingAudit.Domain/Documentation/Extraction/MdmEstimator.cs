using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Terminology;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>
/// Estimates medical decision making from what the note documents, by the CPT 2021 office E/M table.
/// </summary>
/// <remarks>
/// Problems: the conditions the assessment addresses. Two or more chronic illnesses, a chronic illness with a status
/// word next to it (exacerbation, not at goal, a new or increased drug), an acute illness with systemic symptoms, or an
/// uncertain systemic diagnosis (an undiagnosed new problem) is moderate; "severe exacerbation" is high; one
/// stable chronic illness or an acute uncomplicated problem is low; only self-limited problems are minimal.
/// Data: each distinct test ordered or reviewed and a review of external records is an item; two items are limited,
/// three (or an independent interpretation, or a discussion with another clinician) moderate, two of those
/// categories extensive. Risk: in the plan, a hospital decision is high, a prescription drug moderate, an OTC drug or
/// therapy low. Everything it counts is a phrase in mdm_terms.csv or a concept in concepts.csv, so it can be audited.
/// </remarks>
public sealed class MdmEstimator
{
    private readonly TerminologyLexicon lexicon;
    private readonly PhraseTrie<MdmTerm> terms = new();
    private static readonly HashSet<string> NegatingWords = new(StringComparer.Ordinal) { "no", "not", "without", "declined", "held", "hold", "avoid", "deferred" };

    public MdmEstimator(TerminologyLexicon lexicon, IEnumerable<MdmTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(terms);
        this.lexicon = lexicon;
        foreach (var t in terms) this.terms.Add(Tokenizer.Keys(t.Term), t);
    }

    public MdmEstimate Estimate(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<ConceptMention> mentions) =>
        Estimate(sentences, s => Tokenizer.Tokenize(text, s.Start, s.End), mentions);

    /// <summary>Estimates from sentences already tokenised by the caller (the analyser tokenises each sentence once).</summary>
    public MdmEstimate Estimate(IReadOnlyList<Sentence> sentences, Func<Sentence, IReadOnlyList<Token>> tokensOf, IReadOnlyList<ConceptMention> mentions)
    {
        var hasAssessment = sentences.Any(s => s.Section == SectionKind.AssessmentPlan);
        bool Assessed(Sentence s) => hasAssessment
            ? s.Section == SectionKind.AssessmentPlan
            : s.Section is not (SectionKind.Ros or SectionKind.FamilyHistory or SectionKind.PastHistory or SectionKind.SocialHistory or SectionKind.Medications);

        var hits = new Dictionary<int, List<(MdmTerm Term, bool Negated)>>();
        foreach (var s in sentences)
        {
            if (s.Section is SectionKind.FamilyHistory or SectionKind.PastHistory or SectionKind.SocialHistory or SectionKind.Medications) continue;
            var tokens = tokensOf(s);
            List<(MdmTerm, bool)>? list = null;
            for (var i = 0; i < tokens.Count;)
            {
                var n = terms.Match(tokens, i, out var values);
                if (n == 0) { i++; continue; }
                var negated = false;
                for (var k = i - 1; k >= Math.Max(0, i - 3) && !tokens[k].IsPunctuation; k--) negated |= NegatingWords.Contains(tokens[k].Key);
                list ??= [];
                foreach (var v in values) list.Add((v, negated));
                i += n;
            }
            if (list is not null) hits[s.Index] = list;
        }

        // Problems.
        var stableChronic = new HashSet<string>(StringComparer.Ordinal);
        var unstableChronic = new HashSet<string>(StringComparer.Ordinal);
        bool severe = false, systemic = false, acute = false, selfLimited = false, undiagnosed = false;
        foreach (var m in mentions)
        {
            if (!Assessed(m.Sentence)) continue;
            if (m.Assertion is not (Assertion.Affirmed or Assertion.Uncertain)) continue;
            var concept = lexicon.Concept(m.ConceptId);
            var status = hits.TryGetValue(m.Sentence.Index, out var h) ? h.Where(x => x.Term.Element == "status" && !x.Negated).Select(x => x.Term.Value).ToHashSet() : [];
            if (m.Assertion == Assertion.Uncertain)
            {
                // An undiagnosed new problem with an uncertain prognosis: a possible serious illness, not a possible GERD.
                if (concept.MdmType is Concept.Systemic) undiagnosed = true;
                else acute = true;
                continue;
            }
            switch (concept.MdmType)
            {
                case Concept.Chronic:
                    if (status.Contains("severe")) severe = true;
                    if (status.Contains("unstable") || m.Attributes.Contains("exacerbation") || m.Attributes.Contains("hyperglycemia"))
                        unstableChronic.Add(concept.Id);
                    else stableChronic.Add(concept.Id);
                    break;
                case Concept.Systemic:
                    systemic = true;
                    break;
                case Concept.SelfLimited:
                    selfLimited = true;
                    break;
                default:
                    acute = true;
                    break;
            }
        }
        stableChronic.ExceptWith(unstableChronic);
        var chronicCount = stableChronic.Count + unstableChronic.Count;
        // An assessment that names nothing the lexicon knows still addresses a problem: count it as acute uncomplicated.
        var unnamed = !severe && chronicCount == 0 && !systemic && !undiagnosed && !acute && !selfLimited && sentences.Any(Assessed);
        var problems = severe ? 5
            : unstableChronic.Count > 0 || chronicCount >= 2 || systemic || undiagnosed ? 4
            : chronicCount == 1 || acute || unnamed ? 3
            : 2;
        var problemWhy = severe ? "severe exacerbation"
            : unstableChronic.Count > 0 ? $"chronic illness not stable ({string.Join(", ", unstableChronic.Select(Label))})"
            : chronicCount >= 2 ? $"{chronicCount} chronic illnesses ({string.Join(", ", stableChronic.Select(Label))})"
            : systemic ? "acute illness with systemic symptoms"
            : undiagnosed ? "undiagnosed new problem"
            : chronicCount == 1 ? $"1 stable chronic illness ({Label(stableChronic.First())})"
            : acute ? "acute uncomplicated problem"
            : selfLimited ? "self-limited problem"
            : unnamed ? "a problem outside the lexicon" : "no problem found";

        // Data.
        var dataTerms = hits.Where(kv => sentences[kv.Key].Section is not SectionKind.Ros)
            .SelectMany(kv => kv.Value).Where(x => x.Term.Element == "data" && !x.Negated).Select(x => x.Term).ToList();
        var items = dataTerms.Where(t => t.Value is "test" or "external").Select(t => t.Value == "external" ? "external" : Tokenizer.Keys(t.Term)[0])
            .Distinct(StringComparer.Ordinal).Count();
        var categories = (items >= 3 ? 1 : 0) + (dataTerms.Any(t => t.Value == "interpretation") ? 1 : 0) + (dataTerms.Any(t => t.Value == "discussion") ? 1 : 0);
        var data = categories >= 2 ? 5 : categories == 1 ? 4 : items == 2 ? 3 : 2;

        // Risk: management in the plan.
        var riskTerms = hits.Where(kv => Assessed(sentences[kv.Key])).SelectMany(kv => kv.Value).Where(x => x.Term.Element == "risk" && !x.Negated).Select(x => x.Term).ToList();
        var risk = riskTerms.Select(t => t.Value switch { "high" => 5, "moderate" => 4, "low" => 3, _ => 2 }).DefaultIfEmpty(2).Max();
        var riskWhy = riskTerms.Where(t => (t.Value switch { "high" => 5, "moderate" => 4, "low" => 3, _ => 2 }) == risk).Select(t => t.Term).FirstOrDefault();

        var reasons = $"problems {Word(problems)} ({problemWhy}), data {DataWord(data)} ({items} item(s)), risk {Word(risk)}" +
                      (riskWhy is null ? "" : $" ({riskWhy})");
        var evidence = sentences.FirstOrDefault(Assessed);
        return new MdmEstimate(problems, data, risk, reasons, evidence, !unnamed);
    }

    private string Label(string conceptId) => lexicon.Concept(conceptId).Label;

    private static string Word(int level) => level switch { <= 2 => "minimal", 3 => "low", 4 => "moderate", _ => "high" };

    private static string DataWord(int level) => level switch { <= 2 => "minimal", 3 => "limited", 4 => "moderate", _ => "extensive" };
}
