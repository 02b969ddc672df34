using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.ReferenceData;

internal static class TestFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Ingest.Tests", "ReferenceData", "TestData");
    public static string Of(string name) => Path.Combine(Folder, name);
}
