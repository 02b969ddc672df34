using System.Diagnostics;
using System.IO.Compression;
using CodingAudit.Reports.Model;
using CodingAudit.Reports.Packet;
using CodingAudit.Reports.Templates;
using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Packet;

/// <summary>Runs `codingaudit packet verify` as a user would and checks its exit code and output.</summary>
public sealed class PacketVerifyCommandTests : IDisposable
{
    private readonly TempFolder folder = new("cli-packet");
    private readonly string packet;

    public PacketVerifyCommandTests()
    {
        packet = folder.File("packet.zip");
        new AuditorPacketWriter(ReportTemplates.Load(RepoPaths.ReportTemplates))
            .Write(SampleReports.Create(coders: 4, claims: 40, seed: 3), folder.File("keys"), packet);
    }

    public void Dispose() => folder.Dispose();

    private static (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "codingaudit.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "codingaudit did not finish");
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void PacketVerify_Untouched_ExitsZero()
    {
        var (exit, output) = Run("packet", "verify", packet, "--public-key", folder.File(Path.Combine("keys", PacketSigningKey.PublicKeyFile)));
        Assert.True(exit == 0, output);
        Assert.Contains("OK: signature valid, 5 files match the manifest", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PacketVerify_AlteredWorkbook_ExitsNonZeroNamingIt()
    {
        using (var zip = ZipFile.Open(packet, ZipArchiveMode.Update))
        {
            zip.GetEntry(AuditorPacketWriter.WorkbookFile)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(AuditorPacketWriter.WorkbookFile).Open());
            writer.Write("not the workbook");
        }
        var (exit, output) = Run("packet", "verify", packet);
        Assert.Equal(1, exit);
        Assert.Contains($"FAIL altered: {AuditorPacketWriter.WorkbookFile}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PacketVerify_NotAZip_ExitsWithOneErrorLine()
    {
        File.WriteAllText(folder.File("bogus.zip"), "plain text");
        var (exit, output) = Run("packet", "verify", folder.File("bogus.zip"));
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", output.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
