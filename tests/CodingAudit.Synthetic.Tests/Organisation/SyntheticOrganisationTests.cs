using CodingAudit.Synthetic.Organisation;
using CodingAudit.Testing;

namespace CodingAudit.Synthetic.Tests.Organisation;

public sealed class SyntheticOrganisationTests
{
    private static string Shipped => Path.Combine(RepoPaths.SeedData, "organisation");

    [Fact]
    public void Shipped_LoadsWithDistinctProfiles()
    {
        var org = SyntheticOrganisation.Load(Shipped);
        Assert.Equal(12, org.Coders.Count);
        Assert.Equal(org.Coders.Select(c => c.Id), org.Profiles.Select(p => p.CoderId));
        var signatures = org.Profiles.Select(p => string.Join(",", p.Rates.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value))).ToHashSet();
        Assert.Equal(12, signatures.Count);
        Assert.All(org.Providers, p => Assert.StartsWith("1", p.Npi));
    }

    [Fact]
    public void Profiles_RatesSummingToOne_AreRejectedWithTheLine()
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Shipped, "*.csv")) File.Copy(f, temp.File(Path.GetFileName(f)));
        var lines = File.ReadAllLines(temp.File("coder-profiles.csv"));
        lines[3] = "K03,Broken,0.5,0.5,0,0,0,0,0,0,0,0,0,0,0,0,0,0";
        File.WriteAllLines(temp.File("coder-profiles.csv"), lines);

        var e = Assert.Throws<InvalidDataException>(() => SyntheticOrganisation.Load(temp.Path));
        Assert.Contains("line 4", e.Message);
        Assert.Contains("K03", e.Message);
    }

    [Fact]
    public void Profiles_UnknownKindColumn_IsRejected()
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Shipped, "*.csv")) File.Copy(f, temp.File(Path.GetFileName(f)));
        var lines = File.ReadAllLines(temp.File("coder-profiles.csv"));
        lines[0] = lines[0].Replace("laterality", "sidedness", StringComparison.Ordinal);
        File.WriteAllLines(temp.File("coder-profiles.csv"), lines);

        var e = Assert.Throws<InvalidDataException>(() => SyntheticOrganisation.Load(temp.Path));
        Assert.Contains("sidedness", e.Message);
    }
}
