using CodingAudit.Jobs.Pipeline;
using CodingAudit.Reports.Excel;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Packet;
using CodingAudit.Reports.Pdf;
using CodingAudit.Reports.Templates;

namespace CodingAudit.Jobs.Reporting;

/// <summary>
/// Writes a run's reports: the compliance-officer PDF, the coding-manager PDF, the workbook and the signed external
/// auditor packet. Each writer puts its file under a temporary name and moves it into place when complete.
/// </summary>
public sealed class RunReportRenderer(string templatesFolder, string keysFolder) : IRunReportRenderer
{
    public Task<IReadOnlyList<RenderedFile>> RenderAsync(RunReportInput input, string folder, CancellationToken cancel)
    {
        var templates = ReportTemplates.Load(templatesFolder);
        var organisation = templates.Organisation.Name;
        var stem = $"{input.Plan.Id}-{input.Period.Label}";
        var files = new List<RenderedFile>();

        var compliance = RunReportMapper.Map(input, organisation, Audience.ComplianceOfficer);
        using (var key = PacketSigningKey.LoadOrCreate(keysFolder))
            compliance = compliance with { SigningKeyFingerprint = key.Fingerprint };

        var pdf = Path.Combine(folder, $"{stem}-compliance.pdf");
        new AuditPdfWriter(templates).Write(compliance, pdf);
        files.Add(new RenderedFile("pdf-compliance", pdf));
        cancel.ThrowIfCancellationRequested();

        var manager = Path.Combine(folder, $"{stem}-coding-manager.pdf");
        new AuditPdfWriter(templates).Write(compliance with { Audience = Audience.CodingManager }, manager);
        files.Add(new RenderedFile("pdf-coding-manager", manager));
        cancel.ThrowIfCancellationRequested();

        var workbook = Path.Combine(folder, $"{stem}.xlsx");
        new AuditWorkbookWriter(templates).Write(compliance, workbook);
        files.Add(new RenderedFile("xlsx", workbook));
        cancel.ThrowIfCancellationRequested();

        var packet = Path.Combine(folder, $"{stem}-auditor-packet.zip");
        new AuditorPacketWriter(templates).Write(compliance with { Audience = Audience.ExternalAuditor }, keysFolder, packet);
        files.Add(new RenderedFile("packet", packet));
        return Task.FromResult<IReadOnlyList<RenderedFile>>(files);
    }
}
