using CodingAudit.Reports.Model;

namespace CodingAudit.Reports.Templates;

/// <summary>
/// The values each narrative template can use. Names are snake_case; figures come pre-formatted (strings) and, where
/// a template may compare them, also as plain numbers (suffix _value, in percent).
/// </summary>
public static class NarrativeValues
{
    public static Dictionary<string, object?> ExecutiveSummary(AuditReport report, OrganisationProfile profile)
    {
        var below = report.CodersBelowTarget.ToList();
        var totalFindings = report.ErrorCategories.Sum(c => c.Count);
        return new Dictionary<string, object?>
        {
            ["organisation"] = report.OrganisationName,
            ["plan"] = report.PlanName,
            ["period"] = report.Period.Label,
            ["records"] = ReportFormat.Count(report.OverallRecordAccuracy.Trials),
            ["codes"] = ReportFormat.Count(report.OverallCodeAccuracy.Trials),
            ["coders_total"] = report.Coders.Count,
            ["overall_accuracy"] = ReportFormat.Percent(report.OverallRecordAccuracy.Value),
            ["overall_lower"] = ReportFormat.Percent(report.OverallRecordAccuracy.Lower),
            ["overall_upper"] = ReportFormat.Percent(report.OverallRecordAccuracy.Upper),
            ["overall_meets"] = report.OverallRecordAccuracy.Value >= report.Target,
            ["overall_confirmed_below"] = report.OverallRecordAccuracy.Upper < report.Target,
            ["code_accuracy"] = ReportFormat.Percent(report.OverallCodeAccuracy.Value),
            ["code_lower"] = ReportFormat.Percent(report.OverallCodeAccuracy.Lower),
            ["code_upper"] = ReportFormat.Percent(report.OverallCodeAccuracy.Upper),
            ["target"] = ReportFormat.Percent(report.Target),
            ["coders_below"] = below.Count,
            ["coders_below_confirmed"] = below.Count(c => c.Status == CoderStatus.BelowTarget),
            ["below_target"] = below.Select(c => Coder(c, report)).ToList(),
            ["findings"] = totalFindings,
            ["top_categories"] = report.ErrorCategories.Take(profile.Thresholds.TopCategories).Select(c => new Dictionary<string, object?>
            {
                ["name"] = c.Category,
                ["count"] = c.Count,
                ["share"] = ReportFormat.Percent(totalFindings == 0 ? 0 : (double)c.Count / totalFindings),
                ["net"] = ReportFormat.Money(c.NetAmount),
            }).ToList(),
            ["net_impact"] = ReportFormat.Money(report.Financial.Net),
            ["overpayments"] = ReportFormat.Money(report.Financial.Overpayments),
            ["underpayments"] = ReportFormat.Money(report.Financial.Underpayments),
            ["paid_in_sample"] = ReportFormat.Money(report.Financial.TotalPaidInSample),
            ["net_error_rate"] = ReportFormat.Percent(report.Financial.NetErrorRate),
            ["net_error_rate_value"] = report.Financial.NetErrorRate * 100,
        };
    }

    public static Dictionary<string, object?> Methodology(AuditReport report) => new()
    {
        ["organisation"] = report.OrganisationName,
        ["plan"] = report.PlanName,
        ["period"] = report.Period.Label,
        ["frame_size"] = ReportFormat.Count(report.Run.FrameSize),
        ["frame_hash"] = report.Run.FrameSha256,
        ["ordering"] = report.Frame.Ordering,
        ["design"] = report.Run.Design,
        ["is_probability"] = report.Run.IsProbabilitySample,
        ["seed"] = report.Run.Seed.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        ["strata"] = report.Run.Redraw.Count,
        ["target"] = ReportFormat.Percent(report.Target),
        ["interval_method"] = report.OverallRecordAccuracy.Method,
    };

    public static Dictionary<string, object?> CoderEducation(AuditReport report, CoderResult coder, OrganisationProfile profile) => new()
    {
        ["coder"] = Coder(coder, report),
        ["categories"] = coder.TopCategories.Select(c => new Dictionary<string, object?> { ["name"] = c.Category, ["count"] = c.Count }).ToList(),
        ["target"] = ReportFormat.Percent(report.Target),
        ["quarterly"] = ReportFormat.Percent(profile.Thresholds.QuarterlyAuditAtOrAbove),
        ["monthly"] = ReportFormat.Percent(profile.Thresholds.MonthlyAuditAtOrAbove),
        ["quarterly_threshold"] = profile.Thresholds.QuarterlyAuditAtOrAbove * 100,
        ["monthly_threshold"] = profile.Thresholds.MonthlyAuditAtOrAbove * 100,
    };

    public static Dictionary<string, object?> SignOff(AuditReport report) => new()
    {
        ["organisation"] = report.OrganisationName,
        ["run_id"] = report.Run.RunId,
        ["program_version"] = report.Run.ProgramVersion,
        ["fingerprint"] = report.SigningKeyFingerprint ?? "",
    };

    private static Dictionary<string, object?> Coder(CoderResult c, AuditReport report) => new()
    {
        ["id"] = c.CoderId,
        ["name"] = report.Audience == Audience.ExternalAuditor ? c.CoderId : c.Name,
        ["records"] = c.Records,
        ["errors"] = c.RecordsWithErrors,
        ["accuracy"] = ReportFormat.Percent(c.RecordAccuracy.Value),
        ["accuracy_value"] = c.RecordAccuracy.Value * 100,
        ["lower"] = ReportFormat.Percent(c.RecordAccuracy.Lower),
        ["upper"] = ReportFormat.Percent(c.RecordAccuracy.Upper),
        ["status"] = c.Status.Label(),
        ["confirmed"] = c.Status == CoderStatus.BelowTarget,
    };
}
