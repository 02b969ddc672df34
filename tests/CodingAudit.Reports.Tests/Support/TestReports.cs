using CodingAudit.Reports.Model;
using CodingAudit.Reports.Templates;
using CodingAudit.Testing;

namespace CodingAudit.Reports.Tests.Support;

/// <summary>The shipped templates and small synthetic reports shared by the tests.</summary>
internal static class TestReports
{
    private static readonly Lazy<ReportTemplates> Shipped = new(() => ReportTemplates.Load(RepoPaths.ReportTemplates));

    public static ReportTemplates Templates => Shipped.Value;

    /// <summary>12 coders, 360 claims: several below target, findings spread over them.</summary>
    public static AuditReport Small(Audience audience = Audience.ComplianceOfficer) =>
        SampleReports.Create(coders: 12, claims: 360, seed: 11) with { Audience = audience };
}
