using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Packet;
using CodingAudit.Reports.Tests.Support;
using CodingAudit.Testing;

namespace CodingAudit.Reports.Tests.Packet;

public sealed class AuditorPacketTests : IClassFixture<AuditorPacketTests.Built>
{
    /// <summary>One packet written once; each test works on its own copy.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Report = TestReports.Small();
            Keys = Folder.File("keys");
            Path = Folder.File("packet.zip");
            Fingerprint = new AuditorPacketWriter(TestReports.Templates).Write(Report, Keys, Path);
        }

        public TempFolder Folder { get; } = new("reports-packet");
        public AuditReport Report { get; }
        public string Keys { get; }
        public string Path { get; }
        public string Fingerprint { get; }

        public string Copy(string name)
        {
            var copy = Folder.File(name);
            File.Copy(Path, copy, overwrite: true);
            return copy;
        }

        public void Dispose() => Folder.Dispose();
    }

    private readonly Built packet;

    public AuditorPacketTests(Built packet) => this.packet = packet;

    [Fact]
    public void Verify_UntouchedPacket_Passes()
    {
        var result = PacketVerifier.Verify(packet.Path);
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.Equal(packet.Fingerprint, result.Fingerprint);
        Assert.Equal(5, result.FilesChecked);
    }

    [Fact]
    public void Verify_WithPublishedKey_Passes()
    {
        var pem = File.ReadAllText(System.IO.Path.Combine(packet.Keys, PacketSigningKey.PublicKeyFile));
        var result = PacketVerifier.Verify(packet.Path, pem);
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.False(result.KeyFromPacket);
    }

    [Fact]
    public void Verify_AlteredFile_NamesIt()
    {
        var copy = packet.Copy("altered.zip");
        using (var zip = ZipFile.Open(copy, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(AuditorPacketWriter.FrameFile)!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(AuditorPacketWriter.FrameFile).Open());
            writer.Write(text.Replace(",yes,", ",no,", StringComparison.Ordinal));
        }
        var result = PacketVerifier.Verify(copy);
        Assert.Equal([$"altered: {AuditorPacketWriter.FrameFile} (SHA-256 differs from the manifest)"], result.Problems);
    }

    [Fact]
    public void Verify_MissingFile_NamesIt()
    {
        var copy = packet.Copy("missing.zip");
        using (var zip = ZipFile.Open(copy, ZipArchiveMode.Update)) zip.GetEntry(AuditorPacketWriter.MethodologyFile)!.Delete();
        var result = PacketVerifier.Verify(copy);
        Assert.Equal([$"missing: {AuditorPacketWriter.MethodologyFile}"], result.Problems);
    }

    [Fact]
    public void Verify_ExtraFile_NamesIt()
    {
        var copy = packet.Copy("extra.zip");
        using (var zip = ZipFile.Open(copy, ZipArchiveMode.Update))
        using (var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open()))
            writer.Write("added later");
        var result = PacketVerifier.Verify(copy);
        Assert.Equal(["extra: notes.txt (not in the manifest)"], result.Problems);
    }

    [Fact]
    public void Verify_ManifestEditedToMatchAlteredFile_FailsSignature()
    {
        var copy = packet.Copy("resigned.zip");
        using (var zip = ZipFile.Open(copy, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("manifest.json")!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open());
            writer.Write(text.Replace("\"bytes\": ", "\"bytes\": 1", StringComparison.Ordinal));
        }
        var result = PacketVerifier.Verify(copy);
        Assert.Contains(result.Problems, p => p.StartsWith("bad signature: manifest.sig", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_AnotherOrganisationsKey_FailsSignature()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var result = PacketVerifier.Verify(packet.Path, other.ExportSubjectPublicKeyInfoPem());
        Assert.Contains(result.Problems, p => p.StartsWith("bad signature", StringComparison.Ordinal));
        Assert.False(result.Ok);
    }

    [Fact]
    public void Packet_HoldsNoPrivateKeyNoPatientNamesNoBirthDates()
    {
        using var zip = ZipFile.OpenRead(packet.Path);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var text = Encoding.UTF8.GetString(memory.ToArray());
            Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
            foreach (var item in packet.Report.Sample)
                Assert.DoesNotContain(item.PatientId, text, StringComparison.Ordinal);
        }
        var workbookPath = packet.Folder.File("packet-workbook.xlsx");
        zip.GetEntry(AuditorPacketWriter.WorkbookFile)!.ExtractToFile(workbookPath, overwrite: true);
        using var workbook = new XLWorkbook(workbookPath);
        var sample = workbook.Worksheet("Sample");
        var headers = sample.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.DoesNotContain("Patient name", headers);
        Assert.DoesNotContain("Birth date", headers);
        Assert.Contains("Patient pseudonym", headers);
        Assert.Contains("Age at service", headers);
        var names = packet.Report.Sample.Select(s => s.PatientName!).ToHashSet();
        var pseudonyms = sample.Column(headers.IndexOf("Patient pseudonym") + 1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.All(pseudonyms, p => Assert.StartsWith("PT-", p, StringComparison.Ordinal));
        Assert.Equal(packet.Report.Sample.Select(s => s.PatientId).Distinct().Count(), pseudonyms.Distinct().Count());
        Assert.DoesNotContain(sample.CellsUsed(), c => names.Contains(c.GetString()));
    }

    [Fact]
    public void Packet_FrameCsv_ListsEveryFramePosition()
    {
        using var zip = ZipFile.OpenRead(packet.Path);
        using var reader = new StreamReader(zip.GetEntry(AuditorPacketWriter.FrameFile)!.Open());
        var lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(packet.Report.Frame.ClaimCount, lines.Count);
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            lines.Select(l => l.Split(',')[0]));
        Assert.Equal(packet.Report.Sample.Count, lines.Count(l => l.Split(',')[6] == "yes"));
    }

    [Fact]
    public void SigningKey_SecondUse_ReusesTheSameKey()
    {
        using var key = PacketSigningKey.LoadOrCreate(packet.Keys);
        Assert.Equal(packet.Fingerprint, key.Fingerprint);
    }

    [Fact]
    public void Pseudonyms_DifferBetweenPackets()
    {
        var a = PhiMinimiser.Minimise(packet.Report, RandomNumberGenerator.GetBytes(32));
        var b = PhiMinimiser.Minimise(packet.Report, RandomNumberGenerator.GetBytes(32));
        Assert.NotEqual(a.Sample[0].PatientId, b.Sample[0].PatientId);
        Assert.All(a.Sample, s => Assert.Null(s.PatientBirthDate));
        Assert.Equal(packet.Report.Sample.Select(s => s.PatientAge), a.Sample.Select(s => s.PatientAge));
    }
}
