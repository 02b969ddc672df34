using CodingAudit.Domain.Documentation;
using CodingAudit.Ingest.Documentation;

namespace CodingAudit.Cli.Commands.Documentation;

/// <summary>Loads the documentation rule data for the documentation commands, with errors a user can act on.</summary>
internal static class DocumentationCliSupport
{
    public static DocumentationKnowledge LoadKnowledge(string? seedData)
    {
        var folder = seedData ?? ProjectPaths.SeedData;
        if (!Directory.Exists(folder)) throw new UserErrorException($"seed-data folder not found: {folder}");
        return DocumentationDataFiles.Load(folder);
    }
}
