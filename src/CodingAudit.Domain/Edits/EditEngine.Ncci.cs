using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Edits;

// NCCI: procedure-to-procedure edits, medically unlikely edits and add-on code edits.
public sealed partial class EditEngine
{
    private void CheckPtp(EditContext ctx)
    {
        if (ctx.Claim.Lines.Count == 0) return;
        var institutional = ctx.Claim.Type == ClaimType.Institutional;
        var version = institutional ? ctx.Day.PtpHospital : ctx.Day.PtpPractitioner;
        if (version is null)
        {
            if (ctx.Lines.Length > 1) NoData(ctx, institutional ? ReferenceTables.PtpHospital : ReferenceTables.PtpPractitioner, "NCCI PTP edits");
            return;
        }
        var table = version.Data;
        var day = ctx.Claim.ServiceDate.DayNumber;
        var lines = ctx.Lines;
        // Each pair is reported on the column-2 line, so a pair spanning two claims is reported once, on the claim
        // carrying the code that is not separately payable.
        for (var i = 0; i < lines.Length && lines[i].Own; i++)
        {
            var col2 = lines[i];
            if (col2.Key < 0) continue;
            for (var j = 0; j < lines.Length; j++)
            {
                if (j == i) continue;
                var col1 = lines[j];
                if (col1.Key < 0 || col1.Key == col2.Key) continue;
                var index = table.FindIndex(col1.Key, col2.Key, day);
                if (index < 0) continue;
                var indicator = table.IndicatorAt(index);
                if (indicator == PtpModifierIndicator.NotApplicable) continue;
                if (indicator == PtpModifierIndicator.Allowed && (HasAny(col1.Line, NcciModifiers.PtpAssociated) || HasAny(col2.Line, NcciModifiers.PtpAssociated)))
                    continue;
                var edit = table.Materialise(index);
                var where = col1.Own ? $"line {col1.Line.Number}" : $"claim {col1.Claim.Id} line {col1.Line.Number} (same patient, provider and date)";
                var bypass = HasAny(col2.Line, NcciModifiers.DistinctService) || HasAny(col1.Line, NcciModifiers.DistinctService);
                var message = indicator == PtpModifierIndicator.NotAllowed
                    ? $"{edit.Column2} is bundled into {edit.Column1} ({where}) and no modifier can bypass this edit (indicator 0){(bypass ? "; the distinct-service modifier does not help" : "")}: it is not separately payable."
                    : $"{edit.Column2} is bundled into {edit.Column1} ({where}) and neither line carries an NCCI-associated modifier: not separately payable unless a distinct service is documented and a modifier such as 59/XS is added.";
                ctx.Add(new Finding(ctx.Claim.Id, col2.Line.Number, FindingKinds.Ptp, EditRuleIds.Ptp, Severity.High, edit.Column2,
                    null, message, PtpCitation(version.Release, edit), Amount(ctx, col2.Line, col2.Line.Units),
                    new Evidence($"{edit.Column1},{edit.Column2},{edit.EffectiveDate:yyyyMMdd},{edit.DeletionDate:yyyyMMdd},{(int)edit.ModifierIndicator},{edit.Rationale}")));
                break;
            }
        }
    }

    internal static string PtpCitation(ReferenceRelease release, PtpEdit edit) =>
        $"NCCI PTP {(release.Table == ReferenceTables.PtpHospital ? "hospital" : "practitioner")} {release.Version}: column 1 {edit.Column1}, column 2 {edit.Column2}, modifier indicator {(int)edit.ModifierIndicator}";

    private static bool HasAny(ClaimLine line, IReadOnlySet<string> modifiers)
    {
        var m = line.Modifiers;
        for (var i = 0; i < m.Count; i++)
        {
            if (modifiers.Contains(m[i])) return true;
        }
        return false;
    }

    private void CheckMue(EditContext ctx)
    {
        if (ctx.Claim.Lines.Count == 0) return;
        var mue = ctx.Day.Mue;
        var mueHcpcs = ctx.Day.MueHcpcs;
        if (mue is null && mueHcpcs is null)
        {
            NoData(ctx, ReferenceTables.Mue, "medically unlikely edits");
            return;
        }
        var setting = ctx.Claim.Type == ClaimType.Institutional ? "outpatient_hospital" : "practitioner";
        var lines = ctx.Lines;
        var main = mue?.Data.ForSetting(setting);
        var hcpcs = mueHcpcs?.Data.ForSetting(setting);
        for (var i = 0; i < lines.Length && lines[i].Own; i++)
        {
            var line = lines[i];
            if (line.Key < 0) continue;
            var version = mue;
            MueEdit? edit = null;
            if (main is null || !main.TryGetValue(line.Key, out edit))
            {
                version = mueHcpcs;
                if (hcpcs is null || !hcpcs.TryGetValue(line.Key, out edit)) continue;
            }
            // An MUE of 0 marks a service Medicare does not pay at all (e.g. preventive visits): a coverage question for
            // the payer, not a units error, so the units rule leaves it alone.
            if (edit is null || version is null || edit.Value == 0) continue;
            if (edit.Mai == 1)
            {
                if (line.Line.Units > edit.Value)
                    AddMue(ctx, line.Line, edit, version.Release, line.Line.Units, edit.Value, $"{line.Line.Units} units on one line");
                continue;
            }
            // MAI 2/3: units summed over the day. Report once, on the line where the running total (in a fixed order:
            // coded time, claim id, line) first passes the limit, so two claims do not both carry the same excess.
            if (!IsFirstOwnLineOfCode(lines, i)) continue;
            var total = 0;
            var otherClaims = false;
            for (var j = 0; j < lines.Length; j++)
            {
                if (lines[j].Key != line.Key) continue;
                total += lines[j].Line.Units;
                otherClaims |= !lines[j].Own;
            }
            if (total <= edit.Value) continue;
            var before = 0;
            DayLine? crossing = null;
            if (!otherClaims)
            {
                for (var j = i; j < lines.Length && lines[j].Own; j++)
                {
                    if (lines[j].Key != line.Key) continue;
                    if (before + lines[j].Line.Units > edit.Value) { crossing = lines[j]; break; }
                    before += lines[j].Line.Units;
                }
            }
            else
            {
                foreach (var l in OrderedLinesOf(lines, line.Key))
                {
                    if (before + l.Line.Units > edit.Value) { crossing = l; break; }
                    before += l.Line.Units;
                }
            }
            if (crossing is not { } x || !x.Own) continue;
            var allowed = Math.Max(edit.Value - before, 0);
            AddMue(ctx, x.Line, edit, version.Release, total, allowed,
                $"{total} units on {ctx.Claim.ServiceDate:yyyy-MM-dd}{(otherClaims ? " across this patient's same-day claims" : " summed over the claim's lines")}",
                excess: Math.Min(total - edit.Value, x.Line.Units));
        }
    }

    private static bool IsFirstOwnLineOfCode(DayLine[] lines, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (lines[j].Key == lines[i].Key) return false;
        }
        return true;
    }

    private static IEnumerable<DayLine> OrderedLinesOf(DayLine[] lines, int key) =>
        lines.Where(l => l.Key == key)
            .OrderBy(l => l.Claim.CodedAt).ThenBy(l => l.Claim.Id, StringComparer.Ordinal).ThenBy(l => l.Line.Number);

    private void AddMue(EditContext ctx, ClaimLine line, MueEdit edit, ReferenceRelease release, int units, int allowed, string what,
        int? excess = null)
    {
        var ruleId = edit.Mai switch { 1 => EditRuleIds.MueMai1, 2 => EditRuleIds.MueMai2, _ => EditRuleIds.MueMai3 };
        var kindText = edit.Mai switch
        {
            1 => "per claim line",
            2 => "per day (policy; not overturned on appeal)",
            _ => "per day (clinical; may be paid with documentation of medical necessity)",
        };
        ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.Mue, ruleId, edit.Mai == 3 ? Severity.Medium : Severity.High,
            line.Code, allowed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{line.Code}: {what} exceed the MUE of {edit.Value} {kindText}.",
            $"NCCI MUE {edit.Setting} {release.Version}: {edit.Code} MUE {edit.Value}, MAI {edit.Mai} ({edit.Rationale})",
            Amount(ctx, line, excess ?? units - edit.Value),
            new Evidence($"{edit.Code},{edit.Value},{edit.Mai},{edit.Rationale},{edit.Setting}")));
    }

    private void CheckAddOn(EditContext ctx)
    {
        if (ctx.Claim.Lines.Count == 0) return;
        if (ctx.Day.AddOn is not { } version)
        {
            NoData(ctx, ReferenceTables.AddOn, "add-on code edits");
            return;
        }
        var date = ctx.Claim.ServiceDate;
        var lines = ctx.Lines;
        for (var i = 0; i < lines.Length && lines[i].Own; i++)
        {
            var rows = version.Data.For(lines[i].Key);
            if (rows.Length == 0) continue;
            var type1 = false;
            var satisfied = false;
            foreach (var row in rows)
            {
                if (!row.AppliesOn(date)) continue;
                if (row.Type != 1) { satisfied = true; break; } // types 2 and 3 leave eligible primaries to the contractor
                type1 = true;
                if (row.PrimaryCode == "CCCCC") { satisfied = true; break; }
                var primary = ProcedureKey.Encode(row.PrimaryCode);
                for (var j = 0; j < lines.Length && !satisfied; j++)
                {
                    if (j != i && lines[j].Key == primary) satisfied = true;
                }
                if (satisfied) break;
            }
            if (!type1 || satisfied) continue;
            var line = lines[i].Line;
            var examples = string.Join(", ", rows.Where(r => r.AppliesOn(date)).Select(r => r.PrimaryCode).Distinct().Take(6));
            ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.AddOnWithoutPrimary, EditRuleIds.AddOnWithoutPrimary, Severity.High,
                line.Code, null,
                $"{line.Code} is an add-on code and no eligible primary procedure is billed that day (eligible primaries include {examples}).",
                $"NCCI add-on code edits {version.Release.Version}: add-on {line.Code}, edit type 1",
                Amount(ctx, line, line.Units)));
        }
    }
}
