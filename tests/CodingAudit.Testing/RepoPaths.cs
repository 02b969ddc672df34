namespace CodingAudit.Testing;

/// <summary>Paths to the repository's folders and to ../shared, for tests.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string SeedData => Path.Combine(Root, "seed-data");
    public static string ReferenceData => Path.Combine(SeedData, "reference");
    public static string ReportTemplates => Path.Combine(Root, "report-templates");
    /// <summary>../shared/reference-data: the CMS subsets the project started from (read-only).</summary>
    public static string SharedReferenceData => Path.Combine(Root, "..", "shared", "reference-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodingAudit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CodingAudit.sln not found above " + AppContext.BaseDirectory);
    }
}
