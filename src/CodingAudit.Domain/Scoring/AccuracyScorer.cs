using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Scoring;

/// <summary>Scores reviewed claims from their findings: record and code accuracy, financial error, by coder, provider, payer and category.</summary>
/// <remarks>
/// Only findings with <see cref="Finding.IsError"/> count ("no edit data" is not an error in the claim). A finding for a
/// claim not in the reviewed list is rejected: it would silently change no score.
/// </remarks>
public static class AccuracyScorer
{
    /// <summary>Scores <paramref name="claims"/>; <paramref name="paid"/> gives each claim's paid amount.</summary>
    public static ScoringResult Score(IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<string, decimal> paid, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paid);
        return Score(claims, findings, c => paid.TryGetValue(c.Id, out var amount)
            ? amount
            : throw new ArgumentException($"No paid amount for claim '{c.Id}'.", nameof(paid)), options);
    }

    /// <summary>Scores <paramref name="claims"/> with paid amounts from <paramref name="paid"/> (e.g. the billed charge when nothing else is known).</summary>
    public static ScoringResult Score(IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, Func<Claim, decimal> paid,
        ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(paid);
        options ??= ScoringOptions.Default;
        var byClaim = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!byClaim.TryAdd(claim.Id, []))
                throw new ArgumentException($"Claim '{claim.Id}' is listed twice.", nameof(claims));
        }
        foreach (var finding in findings)
        {
            if (!byClaim.TryGetValue(finding.ClaimId, out var list))
                throw new ArgumentException($"Finding {finding.RuleId} is for claim '{finding.ClaimId}', which is not among the reviewed claims.", nameof(findings));
            if (finding.IsError) list.Add(finding);
        }

        var scored = claims.Select(c => (Claim: c, Score: ScoreClaim(c, byClaim[c.Id], paid(c)), Findings: byClaim[c.Id])).ToArray();

        ScoreCard Card(string dimension, string key, IReadOnlyList<(Claim Claim, ClaimScore Score, List<Finding> Findings)> group) =>
            BuildCard(dimension, key, group.Select(g => g.Score).ToArray(), group.SelectMany(g => g.Findings).ToArray(), options);

        IReadOnlyList<ScoreCard> By(string dimension, Func<Claim, string> key) => scored
            .GroupBy(s => key(s.Claim), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Card(dimension, g.Key, g.ToArray()))
            .ToArray();

        var categories = scored.SelectMany(s => s.Findings)
            .GroupBy(f => f.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var claimsWith = g.Select(f => f.ClaimId).Distinct(StringComparer.Ordinal).Count();
                return new CategoryScore(g.Key, g.Count(),
                    ClopperPearson.Interval(claimsWith, scored.Length, options.Confidence),
                    g.Where(f => f.Amount > 0).Sum(f => f.Amount!.Value),
                    g.Where(f => f.Amount < 0).Sum(f => -f.Amount!.Value));
            })
            .ToArray();

        return new ScoringResult(options, Card("overall", "all", scored),
            By("coder", c => c.CoderId.Length == 0 ? "(none)" : c.CoderId),
            By("provider", c => c.ProviderNpi),
            By("payer", c => c.PayerId.Length == 0 ? "(none)" : c.PayerId),
            categories,
            scored.Select(s => s.Score).ToArray());
    }

    /// <summary>The counts one claim contributes, from its error findings.</summary>
    public static ClaimScore ScoreClaim(Claim claim, IReadOnlyList<Finding> findings, decimal paid)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(findings);
        var errors = findings.Where(f => f.IsError).ToArray();

        // Diagnoses: a missed code enlarges the denominator; any other diagnosis finding marks the billed code it names.
        var billedDx = claim.Diagnoses.Select(NormalizeDx).ToHashSet(StringComparer.Ordinal);
        var dxFindings = errors.Where(f => f.CodeSystem == CodeSystem.Diagnosis).ToArray();
        var missed = dxFindings.Where(f => f.Kind == FindingKinds.DxMissed)
            .Select(f => NormalizeDx(f.Code.Length > 0 ? f.Code : f.Expected))
            .Where(c => c.Length > 0 && !billedDx.Contains(c))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var dxMarked = new HashSet<string>(StringComparer.Ordinal);
        var dxUnmatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in dxFindings.Where(f => f.Kind != FindingKinds.DxMissed))
        {
            var code = NormalizeDx(f.Code);
            if (billedDx.Contains(code)) dxMarked.Add(code);
            else dxUnmatched.Add(code.Length > 0 ? code : f.RuleId);
        }
        var dxInError = Math.Min(billedDx.Count, dxMarked.Count + dxUnmatched.Count);

        // Procedures: one per claim line; a finding marks its line, or the line(s) billing its code.
        var pxMarked = new HashSet<int>();
        var pxUnmatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in errors.Where(f => f.CodeSystem == CodeSystem.Procedure))
        {
            if (f.Line is { } line && claim.Lines.Any(l => l.Number == line))
            {
                pxMarked.Add(line);
                continue;
            }
            var code = f.Code.Trim().ToUpperInvariant();
            var lines = claim.Lines.Where(l => l.Code == code).Select(l => l.Number).ToArray();
            if (lines.Length > 0) pxMarked.UnionWith(lines);
            else pxUnmatched.Add(code.Length > 0 ? code : f.RuleId);
        }
        var pxInError = Math.Min(claim.Lines.Count, pxMarked.Count + pxUnmatched.Count);

        return new ClaimScore(claim.Id, errors.Length > 0, billedDx.Count, missed, dxInError, claim.Lines.Count, pxInError, paid,
            errors.Where(f => f.Amount > 0).Sum(f => f.Amount!.Value),
            errors.Where(f => f.Amount < 0).Sum(f => -f.Amount!.Value),
            errors.Select(f => f.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }

    private static ScoreCard BuildCard(string dimension, string key, IReadOnlyList<ClaimScore> claims, IReadOnlyList<Finding> findings,
        ScoringOptions options)
    {
        var records = AccuracyRate.Of(claims.Count(c => !c.HasError), claims.Count, options);
        var dx = AccuracyRate.Of(claims.Sum(c => c.DiagnosisCorrect), claims.Sum(c => c.DiagnosisShouldHaveBeenReported), options);
        var px = AccuracyRate.Of(claims.Sum(c => c.ProcedureCorrect), claims.Sum(c => c.ProcedureBilled), options);
        var financial = new FinancialAccuracy(claims.Sum(c => c.Paid), claims.Sum(c => c.Overpayment), claims.Sum(c => c.Underpayment));
        var categories = findings
            .GroupBy(f => f.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryCount(g.Key, g.Count(), g.Select(f => f.ClaimId).Distinct(StringComparer.Ordinal).Count()))
            .ToArray();
        return new ScoreCard(dimension, key, claims.Count, records, dx, px, financial, categories);
    }

    private static string NormalizeDx(string? code) => (code ?? "").Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
}
