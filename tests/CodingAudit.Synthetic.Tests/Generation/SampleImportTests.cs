using CodingAudit.Synthetic.Generation;
using CodingAudit.Testing;

namespace CodingAudit.Synthetic.Tests.Generation;

public sealed class SampleImportTests
{
    /// <summary>The committed sample month is what the generator writes today for its documented options.</summary>
    [Fact]
    public void SampleImport_IsReproducedByteForByte()
    {
        var sample = Path.Combine(RepoPaths.SeedData, "sample-import");
        using var temp = new TempFolder();
        var options = GeneratedSeedFixture.OptionsFor(temp.Path, 20240101, 1, 250) with { EndMonth = new DateOnly(2024, 12, 1) };

        new SeedGenerator(options).Generate();

        var generated = Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(generated, Directory.GetFiles(sample).Select(Path.GetFileName).Where(f => f != "README.md").Order(StringComparer.Ordinal));
        foreach (var file in generated)
            Assert.True(File.ReadAllBytes(Path.Combine(temp.Path, file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(sample, file!))),
                $"{file} differs from seed-data/sample-import: regenerate it (see its README)");
        Assert.True(Directory.GetFiles(sample).Sum(f => new FileInfo(f).Length) < 1024 * 1024, "the sample stays under 1 MB");
    }
}
