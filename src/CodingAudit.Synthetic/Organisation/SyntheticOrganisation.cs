using System.Globalization;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.Csv;
using CodingAudit.Ingest.Import;

namespace CodingAudit.Synthetic.Organisation;

/// <summary>
/// The hand-made organisation in seed-data/organisation: coders, providers and payers in the import format, plus
/// coder-profiles.csv with each coder's error rates.
/// </summary>
public sealed class SyntheticOrganisation
{
    public const string ProfilesFile = "coder-profiles.csv";

    private SyntheticOrganisation(string folder, IReadOnlyList<Coder> coders, IReadOnlyList<Provider> providers,
        IReadOnlyList<Payer> payers, IReadOnlyList<CoderProfile> profiles)
    {
        Folder = folder;
        Coders = coders;
        Providers = providers;
        Payers = payers;
        Profiles = profiles;
    }

    public string Folder { get; }
    public IReadOnlyList<Coder> Coders { get; }
    public IReadOnlyList<Provider> Providers { get; }
    public IReadOnlyList<Payer> Payers { get; }
    /// <summary>One profile per coder, in the order of <see cref="Coders"/>.</summary>
    public IReadOnlyList<CoderProfile> Profiles { get; }

    /// <summary>Loads the folder; any rejected row is an error here, since the organisation is hand-made.</summary>
    public static SyntheticOrganisation Load(string folder)
    {
        var reader = new ImportFolderReader(folder);
        var rejects = new ImportRejects();
        var coders = reader.ReadCoders(rejects).ToList();
        var providers = reader.ReadProviders(rejects).ToList();
        var payers = reader.ReadPayers(rejects).ToList();
        if (rejects.Items.Count > 0)
        {
            var r = rejects.Items[0];
            throw new InvalidDataException($"{r.File} line {r.Line}: {r.Field} {r.Reason}");
        }
        if (coders.Count == 0 || providers.Count == 0 || payers.Count == 0)
            throw new InvalidDataException($"{folder}: coders.csv, providers.csv and payers.csv must each have at least one row");
        var profiles = LoadProfiles(Path.Combine(folder, ProfilesFile), coders);
        return new SyntheticOrganisation(folder, coders, providers, payers, profiles);
    }

    private static List<CoderProfile> LoadProfiles(string path, List<Coder> coders)
    {
        using var csv = CsvReader.Open(path);
        var header = CsvHeader.Read(csv, "coder_id");
        foreach (var name in header.Names.Where(n => n is not "coder_id" and not "profile"))
            if (!FindingKinds.IsKnown(name))
                throw new InvalidDataException($"{ProfilesFile} line 1: column '{name}' is not a finding kind");
        var byId = new Dictionary<string, CoderProfile>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var id = csv[header.IndexOf("coder_id")].Trim();
            var rates = new Dictionary<string, double>(StringComparer.Ordinal);
            var sum = 0.0;
            for (var i = 0; i < header.Names.Count && i < csv.FieldCount; i++)
            {
                var name = header.Names[i];
                if (name is "coder_id" or "profile") continue;
                if (!double.TryParse(csv[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 1)
                    throw new InvalidDataException($"{ProfilesFile} line {csv.LineNumber}: {name} '{csv[i]}' is not a rate from 0 to 1");
                rates[name] = rate;
                sum += rate;
            }
            if (sum >= 1)
                throw new InvalidDataException($"{ProfilesFile} line {csv.LineNumber}: the rates of {id} sum to {sum:0.###}; they must stay below 1");
            var profileIndex = header.IndexOf("profile");
            byId[id] = new CoderProfile(id, profileIndex >= 0 ? csv[profileIndex] : "", rates);
        }
        return coders.Select(c => byId.TryGetValue(c.Id, out var p)
            ? p
            : throw new InvalidDataException($"{ProfilesFile}: no profile for coder {c.Id}")).ToList();
    }
}
