using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Evaluation;

/// <summary>
/// Scores findings against ground truth per kind. A finding matches an expected error with the same claim id and kind
/// and, when both give a line, the same line; each finding and each expected error is matched at most once
/// (line-exact pairs first). "No edit data" findings are not errors and are never scored.
/// </summary>
public static class FindingScorer
{
    /// <summary>Scores the kinds in <paramref name="kinds"/> (null: every kind seen in either list), ordered by kind.</summary>
    public static IReadOnlyList<KindScore> Score(IEnumerable<Finding> findings, IEnumerable<ExpectedFinding> truth, IReadOnlySet<string>? kinds = null)
    {
        var found = findings.Where(f => f.IsError && (kinds is null || kinds.Contains(f.Kind)))
            .GroupBy(f => (f.ClaimId, f.Kind)).ToDictionary(g => g.Key, g => g.Select(f => f.Line).ToList());
        var expected = truth.Where(t => t.Kind != FindingKinds.NoEditData && (kinds is null || kinds.Contains(t.Kind)))
            .GroupBy(t => (t.ClaimId, t.Kind)).ToDictionary(g => g.Key, g => g.Select(t => t.Line).ToList());
        var tallies = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var key in found.Keys.Union(expected.Keys))
        {
            var f = found.GetValueOrDefault(key) ?? [];
            var e = expected.GetValueOrDefault(key) ?? [];
            var tp = Match(f, e);
            var t = tallies.GetValueOrDefault(key.Kind);
            tallies[key.Kind] = (t.Tp + tp, t.Fp + f.Count - tp, t.Fn + e.Count - tp);
        }
        if (kinds is not null)
        {
            foreach (var k in kinds) tallies.TryAdd(k, (0, 0, 0));
        }
        return tallies.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new KindScore(kv.Key, kv.Value.Tp, kv.Value.Fp, kv.Value.Fn)).ToArray();
    }

    /// <summary>Totals over several kinds (micro-averaged).</summary>
    public static KindScore Total(IEnumerable<KindScore> scores, string label = "all")
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in scores) { tp += s.TruePositives; fp += s.FalsePositives; fn += s.FalseNegatives; }
        return new KindScore(label, tp, fp, fn);
    }

    private static int Match(List<int?> found, List<int?> expected)
    {
        var usedF = new bool[found.Count];
        var usedE = new bool[expected.Count];
        var tp = 0;
        // Exact line matches first, so a line-less finding does not take the partner of a line-exact one.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (usedE[i]) continue;
                for (var j = 0; j < found.Count; j++)
                {
                    if (usedF[j]) continue;
                    var ok = pass == 0
                        ? expected[i].HasValue && found[j].HasValue && expected[i] == found[j]
                        : !expected[i].HasValue || !found[j].HasValue;
                    if (!ok) continue;
                    usedE[i] = usedF[j] = true;
                    tp++;
                    break;
                }
            }
        }
        return tp;
    }
}
