using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Tests.Statistics;

public sealed class VariableAppraisalTests
{
    [Fact]
    public void Unrestricted_DatasrsExample_ReproducesCompanionManual()
    {
        var result = VariableAppraisal.Unrestricted(TestFiles.DatasrsDifferences(), 10_000);
        Assert.Equal(50, result.Sample);
        Assert.Equal("70.60", result.Mean.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(706_000, Math.Round(result.PointEstimate));
        Assert.Equal(68_068, Math.Round(result.StandardErrorTotal));
        var ninety = result.At(0.90);
        Assert.Equal(591_881, Math.Round(ninety.Lower));
        Assert.Equal(820_119, Math.Round(ninety.Upper));
        Assert.Equal(114_119, Math.Round(ninety.Precision));
        Assert.Equal(16.16, Math.Round(ninety.PrecisionPercent, 2));
    }

    [Fact]
    public void Unrestricted_WholeUniverse_HasNoSamplingError()
    {
        var result = VariableAppraisal.Unrestricted([10, 20, 30], 3);
        Assert.Equal(60, result.PointEstimate, 9);
        Assert.All(result.Levels, l => Assert.Equal(0, l.Precision, 12));
    }

    [Fact]
    public void Unrestricted_NonPositiveMean_PrecisionPercentIsZero()
    {
        var result = VariableAppraisal.Unrestricted([-5, 5, -10, 0], 100);
        Assert.All(result.Levels, l => Assert.Equal(0, l.PrecisionPercent));
    }

    [Fact]
    public void Unrestricted_OneValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableAppraisal.Unrestricted([5], 100));

    [Fact]
    public void Stratified_OverallCombinesStrataWithZ()
    {
        var values = TestFiles.DatasrsDifferences();
        var result = VariableAppraisal.Stratified(
        [
            new VariableStratum("1", 6_000, values.Take(25).ToArray()),
            new VariableStratum("2", 4_000, values.Skip(25).ToArray()),
        ]);
        Assert.Equal(result.Strata[0].PointEstimate + result.Strata[1].PointEstimate, result.Overall.PointEstimate, 6);
        Assert.Equal(Math.Sqrt(Math.Pow(result.Strata[0].StandardErrorTotal, 2) + Math.Pow(result.Strata[1].StandardErrorTotal, 2)),
            result.Overall.StandardErrorTotal, 6);
        Assert.Equal(1.644853626951, result.Overall.At(0.90).Precision / result.Overall.StandardErrorTotal, 9);
        Assert.Equal(1.959963984540, result.Overall.At(0.95).Precision / result.Overall.StandardErrorTotal, 9);
        Assert.Equal(10_000, result.Overall.Universe);
        Assert.Null(result.Overall.StandardDeviation);
        // Each stratum is an unrestricted appraisal of its own values.
        Assert.Equal(VariableAppraisal.Unrestricted(values.Take(25).ToArray(), 6_000).At(0.9).Lower, result.Strata[0].At(0.9).Lower, 9);
    }

    [Fact]
    public void Stratified_DuplicateNames_Throws() =>
        Assert.Throws<ArgumentException>(() => VariableAppraisal.Stratified(
            [new VariableStratum("a", 10, [1, 2]), new VariableStratum("a", 10, [1, 2])]));
}
