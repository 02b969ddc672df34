using CodingAudit.Testing;

namespace CodingAudit.Domain.Tests.Statistics;

internal static class TestFiles
{
    public static string Path(string name) =>
        System.IO.Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Domain.Tests", "Statistics", "TestData", name);

    public static double[] DatasrsDifferences() =>
        File.ReadAllLines(Path("datasrs-differences.txt"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
}
