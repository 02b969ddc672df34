using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Edits;

// Modifier rules: 25 only on E/M; side modifiers only where the MPFS bilateral indicator allows; 59/X{EPSU} only
// where a PTP edit exists to bypass.
public sealed partial class EditEngine
{
    private void CheckModifiers(EditContext ctx)
    {
        var lines = ctx.Lines;
        var ptp = ctx.Claim.Type == ClaimType.Institutional ? ctx.Day.PtpHospital : ctx.Day.PtpPractitioner;
        var reportedNoFees = false;
        for (var i = 0; i < lines.Length && lines[i].Own; i++)
        {
            var line = lines[i].Line;
            if (line.Modifiers.Count == 0) continue;
            if (line.HasModifier("25") && !ProcedureCode.IsEvaluationAndManagement(line.Code))
            {
                ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.Modifier, EditRuleIds.Modifier25NonEm, Severity.Medium, line.Code,
                    "remove modifier 25", $"Modifier 25 (significant, separately identifiable E/M) is on {line.Code}, which is not an E/M service.",
                    "CPT modifier 25 definition; NCCI Policy Manual ch. I (modifier 25 applies to E/M services only)"));
            }
            string? side = null;
            foreach (var m in line.Modifiers)
            {
                if (NcciModifiers.Laterality.Contains(m)) { side = m; break; }
            }
            if (side is not null)
            {
                if (ctx.Day.Rvu is not { } fees)
                {
                    if (!reportedNoFees) NoData(ctx, ReferenceTables.MpfsRvu, "laterality modifiers (bilateral indicator)");
                    reportedNoFees = true;
                }
                else if (fees.Data.Find(line.Code) is { } rvu)
                {
                    var wrong = rvu.BilateralIndicator == 9 || ProcedureCode.IsEvaluationAndManagement(line.Code) ||
                                (side == "50" && rvu.BilateralIndicator is 0 or 2 or 3);
                    if (wrong)
                    {
                        var why = rvu.BilateralIndicator switch
                        {
                            9 => "the bilateral concept does not apply to it (MPFS bilateral indicator 9)",
                            2 => "it is already bilateral (MPFS bilateral indicator 2)",
                            3 => "each side is reported on its own line with RT/LT (MPFS bilateral indicator 3)",
                            _ when ProcedureCode.IsEvaluationAndManagement(line.Code) => "an E/M visit has no side",
                            _ => "the 150% bilateral adjustment does not apply to it (MPFS bilateral indicator 0)",
                        };
                        ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.Modifier, EditRuleIds.ModifierLaterality, Severity.Low,
                            line.Code, $"remove modifier {side}", $"Modifier {side} is on {line.Code}, but {why}.",
                            $"MPFS {fees.Release.Version}: {line.Code} bilateral indicator {rvu.BilateralIndicator}"));
                    }
                }
            }
            if (ptp is not null && HasAny(line, NcciModifiers.DistinctService) && !HasBypassableEdit(ptp.Data, lines, i, ctx.Claim.ServiceDate))
            {
                var m = line.Modifiers.First(NcciModifiers.DistinctService.Contains);
                ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.Modifier, EditRuleIds.ModifierDistinctWithoutEdit, Severity.Medium,
                    line.Code, $"remove modifier {m}",
                    $"Modifier {m} (distinct procedural service) is on {line.Code} but no NCCI PTP edit pairs it with another service billed that day: there is nothing to bypass.",
                    $"NCCI PTP {(ptp.Release.Table == ReferenceTables.PtpHospital ? "hospital" : "practitioner")} {ptp.Release.Version}: no edit between {line.Code} and the day's other codes"));
            }
        }
    }

    private static bool HasBypassableEdit(PtpTable table, DayLine[] lines, int i, DateOnly date)
    {
        var day = date.DayNumber;
        for (var j = 0; j < lines.Length; j++)
        {
            if (j == i || lines[j].Key == lines[i].Key) continue;
            if (Bypassable(table.FindIndex(lines[i].Key, lines[j].Key, day)) || Bypassable(table.FindIndex(lines[j].Key, lines[i].Key, day)))
                return true;
        }
        return false;

        bool Bypassable(int index) => index >= 0 && table.IndicatorAt(index) != PtpModifierIndicator.NotApplicable;
    }
}
