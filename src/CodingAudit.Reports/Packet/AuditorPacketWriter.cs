using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodingAudit.Reports.Excel;
using CodingAudit.Reports.IO;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Pdf;
using CodingAudit.Reports.Templates;

namespace CodingAudit.Reports.Packet;

/// <summary>
/// Builds the external-auditor packet: one zip with the PDF, the workbook, the sample frame CSV, methodology.json,
/// the organisation's public key, manifest.json (every file's SHA-256) and manifest.sig (ECDSA P-256 over the
/// manifest's bytes). Patient data is minimised first (<see cref="PhiMinimiser"/>).
/// </summary>
public sealed class AuditorPacketWriter(ReportTemplates templates, TimeProvider? time = null)
{
    public const string PdfFile = "audit-report.pdf";
    public const string WorkbookFile = "audit-workbook.xlsx";
    public const string FrameFile = "sample-frame.csv";
    public const string MethodologyFile = "methodology.json";
    public const string PublicKeyFile = "public-key.pem";

    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <summary>Writes the packet atomically; returns the signing key's fingerprint.</summary>
    public string Write(AuditReport report, string keysFolder, string packetPath)
    {
        using var key = PacketSigningKey.LoadOrCreate(keysFolder);
        // A fresh salt per packet, never written anywhere: pseudonyms cannot be linked across packets or reversed.
        var salt = RandomNumberGenerator.GetBytes(32);
        var minimised = PhiMinimiser.Minimise(report with { SigningKeyFingerprint = key.Fingerprint }, salt);

        var files = new List<(string Name, byte[] Bytes)>();
        using (var pdf = new MemoryStream())
        {
            new AuditPdfWriter(templates, clock).Render(minimised, pdf);
            files.Add((PdfFile, pdf.ToArray()));
        }
        var workbookTemp = Path.Combine(Path.GetTempPath(), $"codingaudit-packet-{Guid.NewGuid():N}.xlsx");
        try
        {
            new AuditWorkbookWriter(templates).Write(minimised, workbookTemp);
            files.Add((WorkbookFile, File.ReadAllBytes(workbookTemp)));
        }
        finally
        {
            File.Delete(workbookTemp);
        }
        files.Add((FrameFile, FrameCsv(minimised)));
        files.Add((MethodologyFile, JsonSerializer.SerializeToUtf8Bytes(Methodology(minimised), PacketManifest.Json)));
        files.Add((PublicKeyFile, Encoding.ASCII.GetBytes(key.PublicKeyPem)));

        var manifest = new PacketManifest(PacketManifest.CurrentFormat, report.OrganisationName, report.Run.RunId,
            clock.GetUtcNow(), "ECDSA P-256 with SHA-256 (IEEE P1363 r||s, base64)", key.Fingerprint,
            files.Select(f => new PacketFile(f.Name, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), f.Bytes.Length)).ToList());
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, PacketManifest.Json);
        var signature = Encoding.ASCII.GetBytes(Convert.ToBase64String(key.Sign(manifestBytes)) + "\n");

        AtomicFile.Write(packetPath, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (name, bytes) in files.Append((PacketManifest.FileName, manifestBytes)).Append((PacketManifest.SignatureFileName, signature)))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = clock.GetUtcNow();
                using var to = entry.Open();
                to.Write(bytes);
            }
        });
        return key.Fingerprint;
    }

    /// <summary>Every claim of the frame with its position, and for sampled claims the RAT-STATS draw.</summary>
    internal static byte[] FrameCsv(AuditReport report)
    {
        var sampled = report.Sample.ToDictionary(s => s.ClaimId, StringComparer.Ordinal);
        var csv = new StringBuilder();
        csv.Append("frame_position,claim_id,stratum,coder_id,date_of_service,paid_amount,sampled,random_number,selection_order\r\n");
        foreach (var e in report.Frame.Entries)
        {
            var s = sampled.GetValueOrDefault(e.ClaimId);
            csv.Append(CultureInfo.InvariantCulture,
                $"{e.Position},{Csv(e.ClaimId)},{Csv(e.Stratum)},{Csv(e.CoderId)},{e.DateOfService:yyyy-MM-dd},{e.PaidAmount.ToString("0.00", CultureInfo.InvariantCulture)},{(s is null ? "no" : s.IsSpare ? "spare" : "yes")},{s?.RandomNumber},{s?.SelectionOrder}\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    internal static object Methodology(AuditReport report) => new
    {
        report.OrganisationName,
        report.PlanName,
        Period = new { Start = report.Period.Start, End = report.Period.End },
        report.Run.RunId,
        RunAt = report.Run.RunAt,
        report.Run.ProgramVersion,
        report.Run.Design,
        report.Run.IsProbabilitySample,
        report.Run.Seed,
        Frame = new { Size = report.Run.FrameSize, report.Run.FrameSha256, report.Frame.Ordering, report.Frame.FirstService, report.Frame.LastService, report.Frame.TotalPaid },
        RatStatsRedraw = report.Run.Redraw,
        report.Run.ReferenceVersions,
        AccuracyTarget = report.Target,
        IntervalMethod = report.OverallRecordAccuracy.Method,
        Formulas = new
        {
            RecordAccuracy = "records with no error / records reviewed",
            CodeAccuracy = "correct codes / codes that should have been reported (AHIMA); added, deleted or changed codes and a changed first-listed diagnosis are errors",
            NetFinancialErrorRate = "(overpayments - underpayments) / total paid in the sample",
        },
        report.Projection,
        PhiMinimisation = "No patient names; patient ids replaced by HMAC-SHA-256 pseudonyms under a per-packet random salt that is not retained; birth dates replaced by ages at the date of service; coder names withheld.",
    };
}
