using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Edits;

// Diagnosis rules: MCE age, sex and manifestation edits; external causes first; Excludes1; combination codes.
public sealed partial class EditEngine
{
    private void CheckMce(EditContext ctx)
    {
        var dx = ctx.Claim.Diagnoses;
        if (dx.Count == 0) return;
        if (dx[0].Length > 0 && IcdCodes.IsExternalCause(dx[0]))
        {
            ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.ManifestationFirst, EditRuleIds.ExternalCauseFirst, Severity.Medium,
                dx[0], dx.Count > 1 ? $"{dx[1]} first" : null,
                $"{dx[0]} is an external-cause code (V00-Y99): it describes how the injury happened and is never first-listed; list the injury or condition first.",
                "ICD-10-CM Official Guidelines I.C.20 (external cause codes are never first-listed)"));
        }
        if (ctx.Day.Mce is not { } mce)
        {
            NoData(ctx, ReferenceTables.MceEdits, "MCE age, sex and manifestation edits");
            return;
        }
        var patient = ctx.Review.Patient;
        var age = patient.AgeOn(ctx.Claim.ServiceDate);
        for (var i = 0; i < dx.Count; i++)
        {
            var edits = mce.Data.For(dx[i]);
            for (var e = 0; e < edits.Count; e++)
            {
                var edit = edits[e];
                switch (edit.Kind)
                {
                    case MceEditKind.Age when age < edit.AgeMin || age > edit.AgeMax:
                        ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.AgeConflict, EditRuleIds.MceAge, Severity.High, dx[i], null,
                            $"{dx[i]} is for ages {edit.AgeMin}-{edit.AgeMax} ({edit.Label}) but the patient is {age} on the date of service.",
                            $"MCE {mce.Release.Version}: {edit.Code} {edit.Label}"));
                        break;
                    case MceEditKind.Sex when patient.Sex != Sex.Unknown && patient.Sex != edit.AllowedSex:
                        ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.SexConflict, EditRuleIds.MceSex, Severity.High, dx[i], null,
                            $"{dx[i]} is a {(edit.AllowedSex == Sex.Female ? "female" : "male")}-only diagnosis but the patient is {(patient.Sex == Sex.Female ? "female" : "male")}.",
                            $"MCE {mce.Release.Version}: {edit.Code} {edit.Label}"));
                        break;
                    case MceEditKind.Manifestation when i == 0:
                        ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.ManifestationFirst, EditRuleIds.MceManifestationFirst,
                            Severity.Medium, dx[i], dx.Count > 1 ? $"{dx[1]} first" : null,
                            $"{dx[i]} is a manifestation code (\"in diseases classified elsewhere\"): it may not be first-listed; list the underlying condition first.",
                            $"MCE {mce.Release.Version}: {edit.Code} {edit.Label}"));
                        break;
                }
            }
        }
    }

    private void CheckExcludes1(EditContext ctx)
    {
        var dx = ctx.Claim.Diagnoses;
        if (dx.Count < 2) return;
        if (ctx.Day.Excludes1 is not { } version)
        {
            NoData(ctx, ReferenceTables.Excludes1, "Excludes1 pairs");
            return;
        }
        for (var i = 0; i < dx.Count; i++)
        {
            for (var j = i + 1; j < dx.Count; j++)
            {
                if (dx[i] == dx[j]) continue;
                var note = version.Data.Conflict(dx[i], dx[j]);
                var (source, other) = (dx[i], dx[j]);
                if (note is null)
                {
                    note = version.Data.Conflict(dx[j], dx[i]);
                    (source, other) = (dx[j], dx[i]);
                }
                if (note is null) continue;
                ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.Excludes1, EditRuleIds.Excludes1, Severity.Medium, dx[j], null,
                    $"{source} and {other} are not reported together: {note.Source.Text} has an Excludes1 note \"{note.NoteText}\".",
                    $"ICD-10-CM tabular {version.Release.Version}: {note.Source.Text} Excludes1 {note.Excluded.Text}",
                    evidence: new Evidence(note.NoteText)));
            }
        }
    }

    // ICD-10-CM I.A.15 ("with") and I.C.9.a: diabetes with CKD, hypertension with CKD and/or heart failure take
    // combination codes. These are guideline rules, not a table, so they need no release.
    private static void CheckCombinationCodes(EditContext ctx)
    {
        var dx = ctx.Claim.Diagnoses;
        if (dx.Count < 2) return;
        string? ckd = null, hf = null, i10 = null;
        var ckdStage5 = false;
        foreach (var d in dx)
        {
            if (d.StartsWith("N18", StringComparison.Ordinal))
            {
                ckd ??= d;
                ckdStage5 |= d is "N18.5" or "N18.6";
            }
            else if (d.StartsWith("I50", StringComparison.Ordinal)) hf ??= d;
            else if (d == "I10") i10 = d;
        }
        const string htnCite = "ICD-10-CM Official Guidelines I.C.9.a (hypertension with heart disease / chronic kidney disease)";
        if (ckd is not null)
        {
            foreach (var d in dx)
            {
                // E08-E13 "without complications" (.9) with CKD: the "with" convention presumes the link.
                if (d.Length == 5 && d[0] == 'E' && d[1] is '0' or '1' && d.EndsWith(".9", StringComparison.Ordinal) &&
                    string.CompareOrdinal(d, 0, "E08", 0, 3) >= 0 && string.CompareOrdinal(d, 0, "E13", 0, 3) <= 0)
                {
                    var expected = d[..3] + ".22";
                    ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.CombinationCode, EditRuleIds.DiabetesWithCkd, Severity.Medium, d,
                        expected,
                        $"{d} (diabetes without complications) is billed with {ckd} (chronic kidney disease): ICD-10-CM presumes the link, so code {expected} (diabetic CKD) with {ckd}.",
                        "ICD-10-CM Official Guidelines I.A.15 (\"with\") and I.C.4.a: diabetes with chronic kidney disease"));
                }
            }
        }
        if (i10 is null) return;
        if (ckd is not null && hf is not null)
        {
            var expected = ckdStage5 ? "I13.2" : "I13.0";
            ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.CombinationCode, EditRuleIds.HypertensionWithHeartFailureAndCkd, Severity.Medium,
                i10, expected, $"I10 is billed with heart failure ({hf}) and chronic kidney disease ({ckd}): code {expected} (hypertensive heart and CKD with heart failure) with {hf} and {ckd}.",
                htnCite));
        }
        else if (ckd is not null)
        {
            var expected = ckdStage5 ? "I12.0" : "I12.9";
            ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.CombinationCode, EditRuleIds.HypertensionWithCkd, Severity.Medium,
                i10, expected, $"I10 is billed with chronic kidney disease ({ckd}): ICD-10-CM presumes the link, so code {expected} (hypertensive CKD) with {ckd}.",
                htnCite));
        }
        else if (hf is not null)
        {
            ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.CombinationCode, EditRuleIds.HypertensionWithHeartFailure, Severity.Medium,
                i10, "I11.0", $"I10 is billed with heart failure ({hf}): ICD-10-CM presumes the link, so code I11.0 (hypertensive heart disease with heart failure) with {hf}.",
                htnCite));
        }
    }
}
