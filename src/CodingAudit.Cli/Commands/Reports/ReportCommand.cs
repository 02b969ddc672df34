using System.CommandLine;
using System.Diagnostics;
using CodingAudit.Reports.Excel;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Packet;
using CodingAudit.Reports.Pdf;
using CodingAudit.Reports.Templates;

namespace CodingAudit.Cli.Commands.Reports;

internal sealed class ReportCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("report", "Render audit reports (PDF, workbook, external-auditor packet).");
        command.Subcommands.Add(Preview());
        return command;
    }

    private static Command Preview()
    {
        var coders = new Option<int>("--coders") { Description = "Number of synthetic coders.", DefaultValueFactory = _ => 50 };
        var claims = new Option<int>("--claims") { Description = "Number of sampled claims (spread over the coders).", DefaultValueFactory = _ => 1500 };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic model.", DefaultValueFactory = _ => 7 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the reports into.", Required = true };
        var only = new Option<string>("--only") { Description = "Render only one output: pdf, xlsx or packet (default: all).", DefaultValueFactory = _ => "all" };
        var findings = new Option<int?>("--findings") { Description = "Repeat the synthetic findings up to this many (load measurement)." };
        var closedXmlOnly = new Option<bool>("--closedxml-findings") { Description = "Write the Findings sheet with ClosedXML instead of the streaming writer (for comparison)." };
        var audienceOption = new Option<Audience?>("--audience") { Description = "Render the PDF for one audience only (ComplianceOfficer, CodingManager, ExternalAuditor); default all three." };
        var keys = new Option<DirectoryInfo?>("--keys") { Description = "Folder holding the packet-signing key pair (created on first use); default OUT/keys." };
        var command = new Command("preview", "Render a synthetic audit (PDF for each audience, workbook, packet) for measurement and review.");
        command.Options.Add(coders);
        command.Options.Add(claims);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(only);
        command.Options.Add(findings);
        command.Options.Add(closedXmlOnly);
        command.Options.Add(keys);
        command.Options.Add(audienceOption);
        command.SetHandler(parse =>
        {
            try
            {
                return Render(parse);
            }
            catch (TemplateException e)
            {
                throw new UserErrorException($"report template: {e.Message}", e);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UserErrorException($"--{e.ParamName}: {e.Message.Split(" (Parameter")[0]}", e);
            }
        });
        return command;

        int Render(ParseResult parse)
        {
            var templates = LoadTemplates();
            var folder = parse.GetValue(output)!.FullName;
            var what = parse.GetValue(only)!;
            if (what is not ("all" or "pdf" or "xlsx" or "packet"))
                throw new UserErrorException($"--only must be pdf, xlsx, packet or all, not '{what}'");
            var clock = Stopwatch.StartNew();
            var report = SampleReports.Create(parse.GetValue(coders), parse.GetValue(claims), parse.GetValue(seed));
            if (parse.GetValue(findings) is { } count) report = report.WithFindingCount(count);
            var keysFolder = parse.GetValue(keys)?.FullName ?? Path.Combine(folder, "keys");
            using (var key = PacketSigningKey.LoadOrCreate(keysFolder))
                report = report with { SigningKeyFingerprint = key.Fingerprint };
            Console.WriteLine($"model: {report.Coders.Count} coders, {report.Sample.Count} claims, {report.Findings.Count} findings ({clock.ElapsedMilliseconds} ms)");
            if (what is "all" or "pdf")
            {
                var audiences = parse.GetValue(audienceOption) is { } one ? [one] : Enum.GetValues<Audience>();
                foreach (var audience in audiences)
                {
                    clock.Restart();
                    var path = Path.Combine(folder, $"audit-{audience.ToString().ToLowerInvariant()}.pdf");
                    var pages = new AuditPdfWriter(templates).Write(report with { Audience = audience }, path);
                    Console.WriteLine($"{path}: {pages} pages, {new FileInfo(path).Length:N0} bytes, {clock.ElapsedMilliseconds} ms");
                }
            }
            if (what is "all" or "xlsx")
            {
                clock.Restart();
                var path = Path.Combine(folder, "audit-workbook.xlsx");
                new AuditWorkbookWriter(templates).Write(report, path, streamFindings: !parse.GetValue(closedXmlOnly));
                Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, {clock.ElapsedMilliseconds} ms");
            }
            if (what is "all" or "packet")
            {
                clock.Restart();
                var path = Path.Combine(folder, "auditor-packet.zip");
                var fingerprint = new AuditorPacketWriter(templates).Write(report, keysFolder, path);
                Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes, {clock.ElapsedMilliseconds} ms; key {fingerprint} in {keysFolder}");
            }
            return 0;
        }
    }

    internal static ReportTemplates LoadTemplates()
    {
        try
        {
            return ReportTemplates.Load(ProjectPaths.ReportTemplates);
        }
        catch (TemplateException e)
        {
            throw new UserErrorException($"report template: {e.Message}", e);
        }
    }
}
