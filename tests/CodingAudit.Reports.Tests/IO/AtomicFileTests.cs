using CodingAudit.Reports.IO;
using CodingAudit.Testing;

namespace CodingAudit.Reports.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_FailingWriter_LeavesOldFileAndNoTemporary()
    {
        using var folder = new TempFolder("reports-atomic");
        var path = folder.File("report.pdf");
        File.WriteAllText(path, "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("renderer failed");
        }));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Write_Complete_ReplacesTheFile()
    {
        using var folder = new TempFolder("reports-atomic");
        var path = folder.File("report.pdf");
        File.WriteAllText(path, "previous");
        AtomicFile.Write(path, stream => stream.Write("new"u8));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
