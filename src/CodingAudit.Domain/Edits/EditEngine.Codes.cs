using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Edits;

// Code validity: the code exists, is effective on the date of service, and (ICD-10-CM) is billable.
public sealed partial class EditEngine
{
    private void CheckDiagnosisCodes(EditContext ctx)
    {
        var dx = ctx.Claim.Diagnoses;
        if (dx.Count == 0) return;
        if (ctx.Day.Icd is not { } icd)
        {
            NoData(ctx, ReferenceTables.Icd10Cm, "diagnosis code validity");
            return;
        }
        for (var i = 0; i < dx.Count; i++)
        {
            var code = dx[i];
            var found = icd.Data.Find(code);
            if (found is null)
            {
                if (!icd.Data.HasCategory(code))
                {
                    if (_options.ReportNoEditData)
                        ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.NoEditData, NoDataRuleId(ReferenceTables.Icd10Cm),
                            Severity.Low, code, null,
                            ctx.Day.IcdSubsetMessages.GetOrAdd(code, static c => $"{c}: the loaded ICD-10-CM release is a subset without category {IcdCodes.Category(c)}; validity not checked."),
                            ctx.Day.NoDataCitations.GetOrAdd(ReferenceTables.Icd10Cm + " subset", static (_, r) => $"ICD-10-CM {r.Version} ({r.SourceFile})", icd.Release)));
                    continue;
                }
                ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.InvalidCode, EditRuleIds.IcdUnknown, Severity.High, code, null,
                    $"{code} is not an ICD-10-CM code valid on {ctx.Claim.ServiceDate:yyyy-MM-dd} (code set {icd.Release.Version}).",
                    $"ICD-10-CM {icd.Release.Version}: no code {code}"));
            }
            else if (!found.Billable)
            {
                ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.InvalidCode, EditRuleIds.IcdHeader, Severity.High, code, null,
                    $"{code} ({found.Description}) is a header code, not billable: report the code with all required characters.",
                    $"ICD-10-CM {icd.Release.Version}: {code} billable 0 (header)"));
            }
        }
    }

    private void CheckProcedureCodes(EditContext ctx)
    {
        var lines = ctx.Claim.Lines;
        var reportedNoData = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var code = line.Code;
            if (ProcedureKey.Encode(code) < 0)
            {
                ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.InvalidCode, EditRuleIds.ProcedureUnknown, Severity.High,
                    code, null, $"'{code}' is not a CPT or HCPCS code: they are five letters or digits.", "CPT/HCPCS code format"));
                continue;
            }
            var isHcpcs = code[0] is >= 'A' and <= 'Z';
            var version = isHcpcs ? ctx.Day.Hcpcs : ctx.Day.Cpt;
            var table = isHcpcs ? ReferenceTables.HcpcsCodes : ReferenceTables.CptCodes;
            // The shipped CPT list is a subset; a code priced in the fee schedule is a real code too.
            if (version is null)
            {
                if (!reportedNoData) NoData(ctx, table, "procedure code validity");
                reportedNoData = true;
                continue;
            }
            var found = version.Data.Find(code);
            if (found is null)
            {
                if (ctx.Day.Rvu?.Data.Find(code) is not null) continue;
                if (version.Data.IsComplete)
                    ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.InvalidCode, EditRuleIds.ProcedureUnknown, Severity.High,
                        code, null, $"{code} is not a valid {(isHcpcs ? "HCPCS" : "CPT")} code on {ctx.Claim.ServiceDate:yyyy-MM-dd}.",
                        $"{table} {version.Release.Version}: no code {code}"));
                else if (_options.ReportNoEditData)
                    ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.NoEditData, NoDataRuleId(table), Severity.Low,
                        code, null, ctx.Day.ProcedureSubsetMessages.GetOrAdd(code, static (c, r) => $"{c} is not in the loaded {r.Table} subset {r.Version}; validity not checked.", version.Release),
                        ctx.Day.NoDataCitations.GetOrAdd(isHcpcs ? ReferenceTables.HcpcsCodes + " subset" : ReferenceTables.CptCodes + " subset",
                            static (_, r) => $"{r.Table} {r.Version} ({r.SourceFile})", version.Release)));
                continue;
            }
            if (!found.IsEffectiveOn(ctx.Claim.ServiceDate))
            {
                var when = found.Terminated is { } t && ctx.Claim.ServiceDate > t ? $"terminated after {t:yyyy-MM-dd}" : $"added {found.Added:yyyy-MM-dd}";
                ctx.Add(new Finding(ctx.Claim.Id, line.Number, FindingKinds.InvalidCode, EditRuleIds.ProcedureNotEffective, Severity.High,
                    code, null, $"{code} is not effective on {ctx.Claim.ServiceDate:yyyy-MM-dd} ({when}).",
                    $"{table} {version.Release.Version}: {code} added {found.Added:yyyy-MM-dd}, terminated {found.Terminated:yyyy-MM-dd}",
                    Amount(ctx, line, line.Units)));
            }
        }
    }
}
