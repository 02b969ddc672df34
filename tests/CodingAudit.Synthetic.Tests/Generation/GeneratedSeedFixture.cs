using System.Text.Json;
using CodingAudit.Domain.Claims;
using CodingAudit.Ingest.Import;
using CodingAudit.Synthetic.Generation;
using CodingAudit.Testing;

namespace CodingAudit.Synthetic.Tests.Generation;

/// <summary>One generation of 12 months x 1,000 claims, shared by the tests that read it (a few seconds to build).</summary>
public sealed class GeneratedSeedFixture : IDisposable
{
    private readonly TempFolder _temp = new("codingaudit-seed");

    public GeneratedSeedFixture()
    {
        Options = OptionsFor(_temp.Path, 7, 12, 1000);
        Summary = new SeedGenerator(Options).Generate();
        Rejects = new ImportRejects();
        var reader = new ImportFolderReader(Folder);
        Coders = reader.ReadCoders(Rejects).ToList();
        Providers = reader.ReadProviders(Rejects).ToList();
        Payers = reader.ReadPayers(Rejects).ToList();
        Patients = reader.ReadPatients(Rejects).ToList();
        var known = new ImportKnownIds
        {
            Coders = Coders.Select(c => c.Id).ToHashSet(),
            Providers = Providers.Select(p => p.Npi).ToHashSet(),
            Payers = Payers.Select(p => p.Id).ToHashSet(),
            Patients = Patients.Select(p => p.Id).ToHashSet(),
        };
        Claims = new ImportFolderReader(Folder, known).ReadClaims(Rejects).ToList();
        Notes = new ImportFolderReader(Folder, new ImportKnownIds { Encounters = Claims.Select(c => c.EncounterId).ToHashSet() })
            .ReadNotes(Rejects).ToList();
        Truth = File.ReadLines(Path.Combine(Folder, SeedGenerator.GroundTruthJsonl))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public static SeedOptions OptionsFor(string folder, int seed, int months, int perMonth) => new()
    {
        OutputFolder = folder,
        OrganisationFolder = Path.Combine(RepoPaths.SeedData, "organisation"),
        ReferenceFolder = RepoPaths.ReferenceData,
        Seed = seed,
        Months = months,
        ClaimsPerMonth = perMonth,
        EndMonth = new DateOnly(2024, 12, 1),
    };

    public SeedOptions Options { get; }
    public string Folder => _temp.Path;
    public SeedSummary Summary { get; }
    public ImportRejects Rejects { get; }
    public List<Coder> Coders { get; }
    public List<Provider> Providers { get; }
    public List<Payer> Payers { get; }
    public List<Patient> Patients { get; }
    public List<Claim> Claims { get; }
    public List<ClinicalNote> Notes { get; }
    public List<JsonElement> Truth { get; }

    public void Dispose() => _temp.Dispose();
}
