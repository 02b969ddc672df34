using System.Text.RegularExpressions;
using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Extraction;
using CodingAudit.Domain.Documentation.Terminology;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>
/// The transparent analyser: headings, sentences, lexicon lookup, ConText-style assertion, regular expressions for time
/// and MDM. Every result points at the sentence it came from, so an auditor can follow it.
/// </summary>
/// <remarks>Thread-safe: it holds only read-only data.</remarks>
public sealed partial class RuleBasedNoteAnalyser : INoteAnalyser
{
    private const int AttributeWindow = 5;
    private readonly NoteSectioniser sectioniser;
    private readonly TerminologyLexicon lexicon;
    private readonly ContextClassifier classifier;
    private readonly PhraseTrie<ProcedurePhrase> procedures = new();
    private readonly MdmEstimator mdmEstimator;
    private readonly PhraseTrie<MdmTerm> prescriptions = new();
    private static readonly HashSet<string> NormalWords = new(StringComparer.Ordinal)
        { "clear", "normal", "negative", "unremarkable", "intact", "asymptomatic", "nl", "wnl", "fine", "ok", "spared", "unaffected" };
    private static readonly HashSet<string> OnWords = new(StringComparer.Ordinal) { "on", "taking", "continue", "continues", "continuing", "controlled" };

    public RuleBasedNoteAnalyser(DocumentationKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        sectioniser = new NoteSectioniser(knowledge.Headings);
        lexicon = knowledge.Lexicon;
        classifier = new ContextClassifier(knowledge.Triggers);
        foreach (var p in knowledge.ProcedurePhrases) procedures.Add(Tokenizer.Keys(p.Phrase), p);
        mdmEstimator = new MdmEstimator(lexicon, knowledge.MdmTerms);
        foreach (var t in knowledge.MdmTerms.Where(t => t.Element == "risk" && t.Value == "moderate")) prescriptions.Add(Tokenizer.Keys(t.Term), t);
    }

    public NoteAnalysis Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = sectioniser.Sectionise(text);
        var sentences = new List<Sentence>();
        foreach (var section in sections) SentenceSplitter.Split(text, section, sentences);

        var mentions = new List<ConceptMention>();
        var procedureMentions = new List<ProcedureMention>();
        var sectionKeys = new Dictionary<NoteSection, HashSet<string>>();
        var tokenised = new List<Token>[sentences.Count];
        foreach (var sentence in sentences)
        {
            var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            tokenised[sentence.Index] = tokens;
            AnalyseSentence(text, sentence, tokens, mentions, procedureMentions, sections, sectionKeys);
        }
        var time = TimeExtractor.Find(sentences);
        var mdm = MdmExtractor.Find(text, sentences);
        var estimate = mdmEstimator.Estimate(sentences, s => tokenised[s.Index], mentions);
        return new NoteAnalysis(text, sections, sentences, mentions, procedureMentions, time, mdm, estimate);
    }

    private void AnalyseSentence(string text, Sentence sentence, List<Token> tokens, List<ConceptMention> mentions,
        List<ProcedureMention> procedureMentions, IReadOnlyList<NoteSection> sections, Dictionary<NoteSection, HashSet<string>> sectionKeys)
    {
        // Concepts: longest match, left to right.
        var found = new List<(int Start, int End, ConceptSynonym Synonym)>();
        for (var i = 0; i < tokens.Count;)
        {
            if (tokens[i].IsPunctuation) { i++; continue; }
            var n = lexicon.Synonyms.Match(tokens, i, out var values, static t => t.Key == ",");
            if (n == 0) { i++; continue; }
            found.Add((i, i + n, values[0]));
            // A curated phrase may name two conditions ("hypertensive CKD": hypertension and CKD); each is a mention.
            for (var v = 1; v < values.Count; v++)
            {
                var also = values[v];
                if (also.Code is null && values[0].Code is null && !found.Any(f => f.Start == i && f.Synonym.ConceptId == also.ConceptId))
                    found.Add((i, i + n, also));
            }
            i += n;
        }

        // Attributes: each occurrence goes to the nearest concept mention; ties go to the mention that follows it.
        var attributeHits = new List<(int Start, int End, AttributeWord Word)>();
        if (found.Count > 0)
        {
            for (var i = 0; i < tokens.Count;)
            {
                var n = lexicon.AttributeWords.Match(tokens, i, out var values, static t => t.Key == ",");
                if (n == 0) { i++; continue; }
                foreach (var v in values) attributeHits.Add((i, i + n, v));
                i += n;
            }
        }
        var attributes = new HashSet<string>[found.Count];
        var distances = new Dictionary<string, int>[found.Count];
        for (var m = 0; m < found.Count; m++)
        {
            attributes[m] = new HashSet<string>(found[m].Synonym.Attributes, StringComparer.Ordinal);
            distances[m] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in attributes[m]) distances[m][lexicon.GroupOf(a)] = -1;
        }
        foreach (var (aStart, aEnd, word) in attributeHits)
        {
            var bestMention = -1;
            var bestDistance = int.MaxValue;
            for (var m = 0; m < found.Count; m++)
            {
                var (ms, me, syn) = found[m];
                if (word.Concepts.Count > 0 && !word.Concepts.Contains(syn.ConceptId)) continue;
                if (aStart >= ms && aEnd <= me) { bestMention = m; bestDistance = 0; break; }
                if (word.AfterOnly && (aEnd <= ms || aStart != me)) continue;
                var d = aEnd <= ms ? WordsBetween(tokens, aEnd, ms) : aStart >= me ? WordsBetween(tokens, me, aStart) : int.MaxValue;
                if (d > AttributeWindow || Crosses(tokens, aEnd <= ms ? aEnd : me, aEnd <= ms ? ms : aStart)) continue;
                if (d < bestDistance || (d == bestDistance && aEnd <= ms)) { bestDistance = d; bestMention = m; }
            }
            if (bestMention < 0) continue;
            // "GERD without esophagitis": a negated attribute is not documented.
            if (aStart > 0 && tokens[aStart - 1].Key is "without" or "no" or "not" or "w/o" or "non") continue;
            // "Right ear impacted, left clear": a side followed by a normal finding describes the other side;
            // "rapid strep negative": a finding reported negative is not documented.
            if (word.Group == "laterality" && FollowedByNormal(tokens, aEnd)) continue;
            if (aEnd < tokens.Count && tokens[aEnd].Key is "negative" or "neg") continue;
            var group = word.Group;
            if (distances[bestMention].TryGetValue(group, out var existing) && existing <= bestDistance && group != word.Attribute) continue;
            if (group != word.Attribute)
                attributes[bestMention].RemoveWhere(a => lexicon.GroupOf(a) == group);
            attributes[bestMention].Add(word.Attribute);
            distances[bestMention][group] = bestDistance;
        }

        // Procedures.
        var procFound = new List<(int Start, int End, ProcedurePhrase Phrase)>();
        HashSet<string>? keys = null;
        for (var i = 0; i < tokens.Count;)
        {
            var n = procedures.Match(tokens, i, out var values);
            if (n == 0) { i++; continue; }
            keys ??= tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var p in values)
            {
                if (p.Requires.Count > 0 && !p.Requires.Any(keys.Contains)
                    && !(sentence.Section == SectionKind.ProcedureNote && p.Requires.Any(SectionKeys(text, sentence, sections, sectionKeys).Contains)))
                    continue;
                if (procFound.Any(x => x.Phrase.Code == p.Code && x.Start == i)) continue;
                procFound.Add((i, i + n, p));
            }
            i += n;
        }

        if (found.Count == 0 && procFound.Count == 0) return;
        var spans = found.Select(f => (f.Start, f.End)).Concat(procFound.Select(p => (p.Start, p.End))).ToArray();
        var assertions = classifier.Classify(tokens, spans, sentence.Section, found.Count);
        for (var m = 0; m < found.Count; m++)
        {
            var (s, e, syn) = found[m];
            var start = tokens[s].Start;
            var end = tokens[e - 1].End;
            var assertion = assertions[m];
            // "Hx HTN, on lisinopril": a chronic condition under current treatment is present, whatever "history" says.
            if (assertion == Assertion.Historical && sentence.Section is not (SectionKind.PastHistory or SectionKind.CopiedForward)
                && lexicon.Concept(syn.ConceptId).MdmType == Terminology.Concept.Chronic && OnTreatment(tokens))
                assertion = Assertion.Affirmed;
            mentions.Add(new ConceptMention(syn.ConceptId, start, end, text[start..end], sentence, assertion, attributes[m], syn.Code));
        }
        for (var p = 0; p < procFound.Count; p++)
        {
            var (s, e, phrase) = procFound[p];
            var start = tokens[s].Start;
            var end = tokens[e - 1].End;
            var side = SideOf(tokens, s, e) ?? (sentence.Section == SectionKind.ProcedureNote ? SectionSide(text, sentence, sections) : null);
            int? minutes = phrase.Timed ? MinutesFor(text, sentence, tokens, procFound, p) : null;
            procedureMentions.Add(new ProcedureMention(phrase.Code, start, end, text[start..end], sentence,
                assertions[found.Count + p], side, CountIn(sentence.Text), minutes, phrase.Timed));
        }
    }

    private static bool FollowedByNormal(List<Token> tokens, int from)
    {
        for (var i = from; i < Math.Min(tokens.Count, from + 3); i++)
        {
            if (tokens[i].Key is ";" or "." ) break;
            if (NormalWords.Contains(tokens[i].Key)) return true;
        }
        return false;
    }

    private bool OnTreatment(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!OnWords.Contains(tokens[i].Key)) continue;
            for (var j = i + 1; j < Math.Min(tokens.Count, i + 3); j++)
                if (prescriptions.Match(tokens, j, out _) > 0) return true;
        }
        return false;
    }

    private HashSet<string> SectionKeys(string text, Sentence sentence, IReadOnlyList<NoteSection> sections, Dictionary<NoteSection, HashSet<string>> cache)
    {
        var section = sections.First(x => x.Start <= sentence.Start && sentence.Start < Math.Max(x.End, x.Start + 1));
        if (!cache.TryGetValue(section, out var keys))
            cache[section] = keys = Tokenizer.Tokenize(text, section.Start, section.End).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        return keys;
    }

    private string? SideOf(List<Token> tokens, int start, int end)
    {
        string? side = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Count;)
        {
            var n = lexicon.AttributeWords.Match(tokens, i, out var values);
            if (n == 0) { i++; continue; }
            foreach (var v in values)
            {
                if (v.Group != "laterality") continue;
                var d = i + n <= start ? start - (i + n) : i >= end ? i - end : 0;
                if (d < bestDistance) { bestDistance = d; side = v.Attribute; }
            }
            i += n;
        }
        return side;
    }

    private string? SectionSide(string text, Sentence sentence, IReadOnlyList<NoteSection> sections)
    {
        var section = sections.First(x => x.Start <= sentence.Start && sentence.Start < Math.Max(x.End, x.Start + 1));
        var tokens = Tokenizer.Tokenize(text, section.Start, section.End);
        var sides = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count;)
        {
            var n = lexicon.AttributeWords.Match(tokens, i, out var values);
            if (n == 0) { i++; continue; }
            foreach (var v in values.Where(v => v.Group == "laterality")) sides.Add(v.Attribute);
            i += n;
        }
        return sides.Count == 1 ? sides.First() : null;
    }

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:min|minutes|mins|')(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPattern();

    [GeneratedRegex(@"(?:\bx\s*(?<n>\d{1,2})\b|\b(?<n>\d{1,2})\s+(?:warts?|lesions?|nails?|sites?|injections?|units?|areas?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();

    private static int? CountIn(string sentence)
    {
        var m = CountPattern().Match(sentence);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var n) ? n : null;
    }

    /// <summary>Minutes for a timed service: the first "N min" after it and before the next timed service in the
    /// sentence; failing that, the nearest one before it that no earlier service took.</summary>
    private static int? MinutesFor(string text, Sentence sentence, List<Token> tokens, List<(int Start, int End, ProcedurePhrase Phrase)> found, int index)
    {
        var timed = found.Where(f => f.Phrase.Timed).OrderBy(f => f.Start).ToList();
        var me = found[index];
        var k = timed.FindIndex(f => f.Start == me.Start && f.Phrase.Code == me.Phrase.Code);
        var from = tokens[me.End - 1].End;
        var to = k + 1 < timed.Count ? tokens[timed[k + 1].Start].Start : sentence.End;
        var m = MinutesPattern().Match(text[from..Math.Max(from, to)]);
        if (m.Success) return int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var prevEnd = k > 0 ? tokens[timed[k - 1].End - 1].End : sentence.Start;
        var before = MinutesPattern().Matches(text[prevEnd..tokens[me.Start].Start]);
        if (before.Count > 0 && k == 0) return int.Parse(before[^1].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    private static int WordsBetween(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (!tokens[i].IsPunctuation) n++;
        return n;
    }

    private static bool Crosses(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++) if (tokens[i].Key is ";" or ":" or "(" or ")") return true;
        return false;
    }
}
