using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Documentation;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;
using CodingAudit.Ingest.CheckInput;
using CodingAudit.Ingest.Documentation;
using CodingAudit.Ingest.PayerRules;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Cli.Commands.Check;

/// <summary>
/// Loads the reference data and payer rules, reads claims from a JSON Lines file (or an import folder), groups
/// same-day claims (patient, provider, date of service) and runs every check over them.
/// </summary>
internal sealed class CheckSession
{
    private CheckSession(ReferenceLibrary library, PayerRuleBook payerRules, DocumentationKnowledge documentation)
    {
        Library = library;
        PayerRules = payerRules;
        Checks = ClaimChecks.Create(library, payerRules, documentation);
    }

    public ReferenceLibrary Library { get; }
    public PayerRuleBook PayerRules { get; }
    public IReadOnlyList<IClaimCheck> Checks { get; }

    /// <summary>The releases the edit engine read (for the run record).</summary>
    public IReadOnlyList<ReferenceRelease> ReleasesUsed => Checks.OfType<EditEngine>().SelectMany(e => e.ReleasesUsed).Distinct().ToArray();

    public static CheckSession Open(string? referenceFolder, string? payerRuleFolder)
    {
        var reference = referenceFolder ?? ProjectPaths.ReferenceData;
        if (!Directory.Exists(reference)) throw new UserErrorException($"reference folder '{reference}' does not exist");
        var library = ReferenceLibraryLoader.LoadDefault(reference);
        // Payer rules and the documentation rule data sit beside the reference folder (seed-data/payer-rules and
        // seed-data/documentation next to seed-data/reference) unless given.
        var beside = Path.GetDirectoryName(Path.GetFullPath(reference).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var rules = PayerRuleFiles.ReadFolder(payerRuleFolder ?? Path.Combine(beside, "payer-rules"));
        var besideReference = Path.Combine(beside, "documentation");
        var documentation = DocumentationDataFiles.Load(
            Directory.Exists(besideReference) ? besideReference : Path.Combine(ProjectPaths.SeedData, "documentation"), reference);
        return new CheckSession(library, rules, documentation);
    }

    /// <summary>Reads the input; malformed lines go to <paramref name="errors"/> and the rest is returned.</summary>
    public static List<ClaimForReview> ReadInput(string input, List<string> errors)
    {
        if (Directory.Exists(input)) return FolderInput.Read(input, errors);
        if (!File.Exists(input)) throw new UserErrorException($"input '{input}' does not exist");
        var claims = new List<ClaimForReview>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in CheckInputReader.Read(input))
        {
            if (line.Claim is null) { errors.Add(line.Error!); continue; }
            if (!seen.Add(line.Claim.Claim.Id)) { errors.Add($"line {line.LineNumber}: field 'claimId': '{line.Claim.Claim.Id}' appears twice; the later claim is skipped"); continue; }
            claims.Add(line.Claim);
        }
        return claims;
    }

    /// <summary>Runs every check over every claim, with its same-day claims; findings in input order.</summary>
    public IEnumerable<Finding> Run(IReadOnlyList<ClaimForReview> claims)
    {
        var groups = new Dictionary<(string, string, DateOnly), List<ClaimForReview>>();
        foreach (var c in claims)
        {
            var key = (c.Claim.PatientId, c.Claim.ProviderNpi, c.Claim.ServiceDate);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(c);
        }
        foreach (var c in claims)
        {
            var group = groups[(c.Claim.PatientId, c.Claim.ProviderNpi, c.Claim.ServiceDate)];
            IReadOnlyList<ClaimForReview> sameDay = group.Count == 1 ? [] : group.Where(o => !ReferenceEquals(o, c)).ToArray();
            foreach (var check in Checks)
            {
                foreach (var f in check.Check(c, sameDay)) yield return f;
            }
        }
    }
}
