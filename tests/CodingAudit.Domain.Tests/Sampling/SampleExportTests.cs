using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class SampleExportTests
{
    [Fact]
    public void ToCsv_OneLinePerItemAndSpare()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(1000));
        var sample = Sampler.Draw(frame, new SimpleRandomDesign(count: 10, spares: 4), 12345);
        var lines = SampleExport.ToCsv(sample).TrimEnd('\n').Split('\n');
        Assert.Equal(SampleExport.CsvHeader, lines[0]);
        Assert.Equal(15, lines.Length);
        Assert.Equal($"all,1,12345,1000,2,9,9,{frame.At(9).ClaimId},false,", lines[1]);
        Assert.EndsWith(",true,", lines[^1]);
    }

    [Fact]
    public void RedrawInstructions_PerStratumSeeds()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(60, "A", "B"));
        var sample = Sampler.Draw(frame, new PerCoderDesign(5, 1), 700);
        var text = SampleExport.RedrawInstructions(sample);
        Assert.Contains(text, l => l.StartsWith("Stratum 2 (B, 30 claims", StringComparison.Ordinal) && l.Contains("seed 701, low 1, high 30, quantity in sequence 5, spares 1"));
        Assert.Contains(text, l => l.Contains(frame.Hash));
    }

    [Fact]
    public void RedrawInstructions_TargetedSaysNotProjected()
    {
        var frame = SamplingFrame.FromClaims([FrameClaims.Claim("a", code: "99215")]);
        var text = SampleExport.RedrawInstructions(Sampler.Draw(frame, new TargetedDesign([TargetedDesign.EmLevel5]), 1));
        Assert.Contains(text, l => l.Contains("not projected"));
    }
}
