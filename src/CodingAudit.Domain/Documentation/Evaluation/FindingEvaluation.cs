using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Documentation.Evaluation;

/// <summary>Precision and recall per finding kind of predicted findings against a ground truth.</summary>
/// <remarks>
/// A prediction matches an expected finding with the same claim id and kind, and the same line when both give one.
/// Matching is one-to-one; where a claim has several findings of a kind, pairs that also agree on the code are taken
/// first, so two dx-unsupported findings on one claim pair up with the right codes when they can.
/// Only the evaluated claims count (a claim absent from the input is neither right nor wrong), and only the kinds asked for.
/// </remarks>
public sealed class FindingEvaluation
{
    private FindingEvaluation(IReadOnlyList<KindScore> scores, IReadOnlyList<Finding> falsePositives, IReadOnlyList<ExpectedFinding> falseNegatives)
    {
        Scores = scores;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
    }

    public IReadOnlyList<KindScore> Scores { get; }
    public IReadOnlyList<Finding> FalsePositives { get; }
    public IReadOnlyList<ExpectedFinding> FalseNegatives { get; }

    public KindScore? this[string kind] => Scores.FirstOrDefault(s => s.Kind == kind);

    public static FindingEvaluation Evaluate(IEnumerable<Finding> predicted, IEnumerable<ExpectedFinding> truth,
        IReadOnlySet<string> evaluatedClaims, IReadOnlyList<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(evaluatedClaims);
        ArgumentNullException.ThrowIfNull(kinds);
        var kindSet = kinds.ToHashSet(StringComparer.Ordinal);
        var preds = predicted.Where(p => kindSet.Contains(p.Kind) && evaluatedClaims.Contains(p.ClaimId)).ToList();
        var truths = truth.Where(t => kindSet.Contains(t.Kind) && evaluatedClaims.Contains(t.ClaimId)).ToList();
        var fps = new List<Finding>();
        var fns = new List<ExpectedFinding>();
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var predGroups = preds.GroupBy(p => (p.ClaimId, p.Kind)).ToDictionary(g => g.Key, g => g.ToList());
        var truthGroups = truths.GroupBy(t => (t.ClaimId, t.Kind)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var key in predGroups.Keys.Union(truthGroups.Keys))
        {
            var ps = predGroups.GetValueOrDefault(key) ?? [];
            var ts = truthGroups.GetValueOrDefault(key) ?? [];
            var usedP = new bool[ps.Count];
            var usedT = new bool[ts.Count];
            var matched = 0;
            foreach (var strict in new[] { true, false })
            {
                for (var i = 0; i < ts.Count; i++)
                {
                    if (usedT[i]) continue;
                    for (var j = 0; j < ps.Count; j++)
                    {
                        if (usedP[j] || !Compatible(ps[j], ts[i], strict)) continue;
                        usedP[j] = usedT[i] = true;
                        matched++;
                        break;
                    }
                }
            }
            tp[key.Kind] = tp.GetValueOrDefault(key.Kind) + matched;
            fps.AddRange(ps.Where((_, j) => !usedP[j]));
            fns.AddRange(ts.Where((_, i) => !usedT[i]));
        }
        var scores = kinds.Select(k => new KindScore(k, tp.GetValueOrDefault(k), fps.Count(f => f.Kind == k), fns.Count(f => f.Kind == k))).ToArray();
        return new FindingEvaluation(scores, fps, fns);
    }

    private static bool Compatible(Finding p, ExpectedFinding t, bool strict)
    {
        if (p.Line.HasValue && t.Line.HasValue && p.Line != t.Line) return false;
        if (!strict) return true;
        var codesGiven = !string.IsNullOrEmpty(p.Code) && !string.IsNullOrEmpty(t.Code);
        return !codesGiven || string.Equals(p.Code, t.Code, StringComparison.OrdinalIgnoreCase);
    }
}
