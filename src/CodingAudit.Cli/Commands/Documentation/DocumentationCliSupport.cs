using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Documentation;
using CodingAudit.Ingest.Documentation;

namespace CodingAudit.Cli.Commands.Documentation;

/// <summary>Shared loading for the documentation commands: the rule data and a check-input file, with errors a user can act on.</summary>
internal static class DocumentationCliSupport
{
    public static DocumentationKnowledge LoadKnowledge(string? seedData)
    {
        var folder = seedData ?? ProjectPaths.SeedData;
        if (!Directory.Exists(folder)) throw new UserErrorException($"seed-data folder not found: {folder}");
        return DocumentationDataFiles.Load(folder);
    }

    public static List<ClaimForReview> LoadClaims(string path, TextWriter errors)
    {
        if (!File.Exists(path)) throw new UserErrorException($"input file not found: {path}");
        var claims = new List<ClaimForReview>();
        foreach (var line in CheckInputReader.ReadFile(path))
        {
            if (line.Claim is not null) claims.Add(line.Claim);
            else errors.WriteLine($"{path}: {line.Error}");
        }
        return claims;
    }
}
