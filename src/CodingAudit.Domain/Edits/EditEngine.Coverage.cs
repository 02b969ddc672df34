using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;

namespace CodingAudit.Domain.Edits;

// Coverage (LCD-style diagnosis lists) and payer-specific rules.
public sealed partial class EditEngine
{
    private void CheckCoverage(EditContext ctx)
    {
        if (ctx.Day.Coverage.Length == 0 || ctx.Claim.Lines.Count == 0) return;
        if (_options.CoveragePayers is { } payers && !payers.Contains(ctx.Claim.PayerId)) return;
        foreach (var line in ctx.Claim.Lines)
        {
            foreach (var (release, list) in ctx.Day.Governing(line.Code))
            {
                {
                    if (AnyDiagnosis(ctx.Claim, line, list.Covers)) continue;
                    var billed = string.Join(", ", LineDiagnoses(ctx.Claim, line));
                    var examples = string.Join(", ", list.CoveredDiagnoses.Take(5).Select(p => p.Text));
                    ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.Coverage, EditRuleIds.CoveragePrefix + list.PolicyId, Severity.High,
                        line.Code, null,
                        $"{line.Code} is billed with {(billed.Length == 0 ? "no diagnosis" : billed)}, none of which {list.PolicyId} ({list.Title}) covers (covered diagnoses include {examples}).",
                        $"Coverage {list.PolicyId} {release.Version}: {line.Code} requires a covered diagnosis",
                        Amount(ctx, line, line.Units)));
                }
            }
        }
    }

    /// <summary>The diagnoses a line points to, or all the claim's diagnoses when it has no pointers.</summary>
    private static IEnumerable<string> LineDiagnoses(Claim claim, ClaimLine line)
    {
        if (line.DiagnosisPointers.Count == 0) return claim.Diagnoses;
        return line.DiagnosisPointers.Where(p => p >= 1 && p <= claim.Diagnoses.Count).Select(p => claim.Diagnoses[p - 1]);
    }

    private static bool AnyDiagnosis(Claim claim, ClaimLine line, Func<string, bool> predicate)
    {
        var dx = claim.Diagnoses;
        var pointers = line.DiagnosisPointers;
        if (pointers.Count == 0)
        {
            for (var i = 0; i < dx.Count; i++)
            {
                if (predicate(dx[i])) return true;
            }
            return false;
        }
        for (var i = 0; i < pointers.Count; i++)
        {
            var p = pointers[i];
            if (p >= 1 && p <= dx.Count && predicate(dx[p - 1])) return true;
        }
        return false;
    }

    private void CheckPayerRules(EditContext ctx)
    {
        var rules = PayerRules.For(ctx.Claim.PayerId);
        if (rules.Count == 0) return;
        var date = ctx.Claim.ServiceDate;
        var patient = ctx.Review.Patient;
        foreach (var rule in rules)
        {
            if (!rule.AppliesOn(date)) continue;
            var reportedDaily = false;
            for (var i = 0; i < ctx.Lines.Length && ctx.Lines[i].Own; i++)
            {
                var line = ctx.Lines[i].Line;
                if (!rule.AppliesTo(line.Code)) continue;
                var problems = new List<(string Problem, string? Expected, int Units)>();
                if (rule.NotCovered) problems.Add(("the payer does not cover it", "not billed", line.Units));
                if (rule.RequiredDiagnoses.Count > 0 && !AnyDiagnosis(ctx.Claim, line, d => rule.RequiredDiagnoses.Any(p => p.Matches(d))))
                    problems.Add(($"it needs one of the diagnoses {string.Join(", ", rule.RequiredDiagnoses.Select(p => p.Text))}", null, line.Units));
                if (rule.RequiredModifiers.Count > 0 && !rule.RequiredModifiers.Any(line.HasModifier))
                    problems.Add(($"it needs modifier {string.Join(" or ", rule.RequiredModifiers)}", $"add modifier {rule.RequiredModifiers[0]}", 0));
                if (rule.ForbiddenModifiers.FirstOrDefault(line.HasModifier) is { } forbidden)
                    problems.Add(($"modifier {forbidden} is not accepted on it", $"remove modifier {forbidden}", 0));
                var age = patient.AgeOn(date);
                if ((rule.MinAge is { } min && age < min) || (rule.MaxAge is { } max && age > max))
                    problems.Add(($"it is covered for ages {rule.MinAge?.ToString() ?? "0"}-{rule.MaxAge?.ToString() ?? "any"}, and the patient is {age}", null, line.Units));
                if (rule.Sex is { } sex && patient.Sex != Sex.Unknown && patient.Sex != sex)
                    problems.Add(($"it is covered for {sex.ToString().ToLowerInvariant()} patients only", null, line.Units));
                if (!reportedDaily && (rule.MaxUnitsPerDay is not null || rule.MaxLinesPerDay is not null))
                {
                    var units = 0;
                    var count = 0;
                    foreach (var l in ctx.Lines)
                    {
                        if (!rule.AppliesTo(l.Line.Code)) continue;
                        units += l.Line.Units;
                        count++;
                    }
                    if (rule.MaxUnitsPerDay is { } maxUnits && units > maxUnits)
                    {
                        problems.Add(($"{units} units that day exceed the payer's limit of {maxUnits}", maxUnits.ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Min(units - maxUnits, line.Units)));
                        reportedDaily = true;
                    }
                    if (rule.MaxLinesPerDay is { } maxLines && count > maxLines)
                    {
                        problems.Add(($"it is billed {count} times that day; the payer allows {maxLines}", null, 0));
                        reportedDaily = true;
                    }
                }
                foreach (var (problem, expected, units) in problems)
                {
                    ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.PayerRule, EditRuleIds.PayerRulePrefix + rule.Id, rule.Severity,
                        line.Code, expected, $"{rule.Message} ({line.Code}: {problem}).",
                        $"Payer rules {rule.PayerId} {rule.Id}{(rule.Source.Length > 0 ? " (" + rule.Source + ")" : "")}",
                        Amount(ctx, line, units)));
                }
            }
        }
    }
}
