using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Context;

/// <summary>Assigns an <see cref="Assertion"/> to each mention of a sentence, ConText style.</summary>
/// <remarks>
/// Triggers are found by longest match outside the mentions themselves (so "without esophagitis" inside a matched
/// "GERD without esophagitis" is not a negation). A trigger reaches mentions within its window in its direction and
/// stops at a termination term, a ';', a ':' that is not right after a pre-trigger, or the sentence end. When several
/// categories reach a mention the strongest wins. A two-way trigger reaches back only to the mention right before it.
/// When several: someone else, then negated, hypothetical, historical, uncertain.
/// The section sets the default: family history is about someone else, past history and copied-forward text are
/// historical.
/// </remarks>
public sealed class ContextClassifier
{
    private readonly PhraseTrie<ContextTrigger> triggers = new();

    public ContextClassifier(IEnumerable<ContextTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        foreach (var t in triggers) this.triggers.Add(Tokenizer.Keys(t.Phrase), t);
        if (this.triggers.Count == 0) throw new ArgumentException("No context triggers given.", nameof(triggers));
    }

    /// <summary>Classifies mentions given as token ranges [start, end) of <paramref name="tokens"/>; the first
    /// <paramref name="conditions"/> are conditions, the rest procedures.</summary>
    public Assertion[] Classify(IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> mentions, SectionKind section, int conditions)
    {
        var result = new Assertion[mentions.Count];
        if (mentions.Count == 0) return result;
        var inMention = new bool[tokens.Count];
        foreach (var (s, e) in mentions)
            for (var i = s; i < e; i++) inMention[i] = true;

        // Word positions: a whole mention counts as one word, punctuation as none.
        var position = new int[tokens.Count + 1];
        var p = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            position[i] = p;
            if (tokens[i].IsPunctuation) continue;
            if (inMention[i] && i + 1 < tokens.Count && inMention[i + 1] && SameMention(mentions, i, i + 1)) continue;
            p++;
        }
        position[tokens.Count] = p;

        var found = new List<(int Start, int End, ContextTrigger Trigger)>();
        var barriers = new List<(int Index, bool IsColon)>();
        var verbBarriers = new HashSet<int>();
        for (var i = 0; i < tokens.Count;)
        {
            if (inMention[i]) { i++; continue; }
            var t = tokens[i];
            if (t.IsPunctuation && t.Key is ";" or ":")
            {
                barriers.Add((i, t.Key == ":"));
                i++;
                continue;
            }
            var n = triggers.Match(tokens, i, out var values, blocked: inMention);
            if (n == 0) { i++; continue; }
            var trigger = values[0];
            if (trigger.Category == TriggerCategory.Termination)
            {
                barriers.Add((i, false));
                if (n == 1 && tokens[i].Key is "has" or "had" or "have") verbBarriers.Add(i);
            }
            else if (trigger.Category != TriggerCategory.Pseudo) found.Add((i, i + n, trigger));
            i += n;
        }

        var best = new int[mentions.Count];
        Array.Fill(best, -1);
        foreach (var (ts, te, trigger) in found)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                var (ms, me) = mentions[m];
                if (trigger.AppliesTo == TriggerScope.Condition && m >= conditions) continue;
                if (trigger.AppliesTo == TriggerScope.Procedure && m < conditions) continue;
                var reaches = false;
                // A relative stays the subject across "has": "Mother has migraines".
                var skip = trigger.Category == TriggerCategory.OtherPerson ? verbBarriers : null;
                if (trigger.Direction != TriggerDirection.Backward && ms >= te)
                    reaches = position[ms] - position[te] < trigger.Window && !Barrier(barriers, te, ms, te, skip: skip);
                if (!reaches && trigger.Direction != TriggerDirection.Forward && me <= ts)
                {
                    reaches = position[ts] - position[me] < trigger.Window && !Barrier(barriers, me, ts, -1, colons: false, skip: skip);
                    // A trigger looking back ("pneumonia suspected", "UTI unlikely", "rapid strep negative") qualifies only
                    // the mention right before it; a two-way trigger also not across a comma or dash: in "knee pain,
                    // likely sprain" and "chest pain - suspected angina" it belongs to what follows.
                    if (reaches)
                        reaches = !mentions.Any(o => o.Start >= me && o.End <= ts)
                                  && (trigger.Direction != TriggerDirection.Both || !HasComma(tokens, me, ts));
                }
                if (reaches && Rank(trigger.Category) > best[m]) best[m] = Rank(trigger.Category);
            }
        }
        var sectionDefault = section switch
        {
            SectionKind.FamilyHistory => Assertion.OtherPerson,
            SectionKind.PastHistory or SectionKind.CopiedForward => Assertion.Historical,
            _ => Assertion.Affirmed,
        };
        for (var m = 0; m < mentions.Count; m++)
        {
            var fromTrigger = best[m] < 0 ? Assertion.Affirmed : FromRank(best[m]);
            result[m] = sectionDefault == Assertion.OtherPerson ? Assertion.OtherPerson
                : fromTrigger == Assertion.Affirmed ? sectionDefault
                : fromTrigger;
        }
        return result;
    }

    private static bool HasComma(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++) if (tokens[i].Key is "," or "-") return true;
        return false;
    }

    private static bool SameMention(IReadOnlyList<(int Start, int End)> mentions, int a, int b)
    {
        foreach (var (s, e) in mentions)
            if (a >= s && a < e) return b >= s && b < e;
        return false;
    }

    private static bool Barrier(List<(int Index, bool IsColon)> barriers, int from, int to, int triggerEnd, bool colons = true,
        HashSet<int>? skip = null)
    {
        foreach (var (index, isColon) in barriers)
        {
            if (index < from || index >= to) continue;
            if (skip is not null && skip.Contains(index)) continue;
            if (isColon && !colons) continue; // "Fever: none"
            if (isColon && index == triggerEnd) continue; // "Negative for: fever, chills"
            return true;
        }
        return false;
    }

    private static readonly TriggerCategory[] Order =
        [TriggerCategory.Uncertain, TriggerCategory.Historical, TriggerCategory.Hypothetical, TriggerCategory.Negated, TriggerCategory.OtherPerson];

    private static int Rank(TriggerCategory c) => Array.IndexOf(Order, c);

    private static Assertion FromRank(int rank) => Order[rank] switch
    {
        TriggerCategory.Uncertain => Assertion.Uncertain,
        TriggerCategory.Historical => Assertion.Historical,
        TriggerCategory.Hypothetical => Assertion.Hypothetical,
        TriggerCategory.Negated => Assertion.Negated,
        _ => Assertion.OtherPerson,
    };
}
