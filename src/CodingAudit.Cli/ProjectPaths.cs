namespace CodingAudit.Cli;

/// <summary>
/// Where the shipped folders are. They are found by walking up from the working directory and from the program's
/// folder to the one holding CodingAudit.sln, so <c>dotnet run</c> works from the repository's root or a subfolder.
/// CODINGAUDIT_HOME overrides the search.
/// </summary>
public static class ProjectPaths
{
    private static readonly Lazy<string> Home = new(FindHome);

    public static string Root => Home.Value;
    public static string SeedData => Path.Combine(Root, "seed-data");
    public static string ReferenceData => Path.Combine(SeedData, "reference");
    public static string ReportTemplates => Path.Combine(Root, "report-templates");

    private static string FindHome()
    {
        var configured = Environment.GetEnvironmentVariable("CODINGAUDIT_HOME");
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "seed-data")) &&
                    Directory.Exists(Path.Combine(dir.FullName, "report-templates")))
                    return dir.FullName;
            }
        }
        throw new UserErrorException(
            "cannot find the seed-data and report-templates folders: run from the CodingAudit checkout or set CODINGAUDIT_HOME");
    }
}
