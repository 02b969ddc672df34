using System.Globalization;
using System.Text.RegularExpressions;
using CodingAudit.Domain.Findings;
using CodingAudit.Synthetic.Generation;
using CodingAudit.Synthetic.Reference;
using CodingAudit.Testing;

namespace CodingAudit.Synthetic.Tests.Generation;

public sealed partial class SeedGeneratorTests : IClassFixture<GeneratedSeedFixture>
{
    private readonly GeneratedSeedFixture _seed;
    private static readonly Lazy<EditTables> Tables = new(() => EditTables.Load(RepoPaths.ReferenceData));

    public SeedGeneratorTests(GeneratedSeedFixture seed) => _seed = seed;

    [Fact]
    public void Generate_SameSeed_WritesByteIdenticalFiles_OtherSeedDiffers()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        new SeedGenerator(GeneratedSeedFixture.OptionsFor(a.Path, 42, 2, 150)).Generate();
        new SeedGenerator(GeneratedSeedFixture.OptionsFor(b.Path, 42, 2, 150)).Generate();
        new SeedGenerator(GeneratedSeedFixture.OptionsFor(c.Path, 43, 2, 150)).Generate();

        var files = Directory.GetFiles(a.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("claims.csv", files);
        Assert.Contains("ground-truth.jsonl", files);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(a.Path, file!)).SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, file!))), file);
        Assert.False(File.ReadAllBytes(Path.Combine(a.Path, "claims.csv")).SequenceEqual(File.ReadAllBytes(Path.Combine(c.Path, "claims.csv"))));
        Assert.False(File.ReadAllBytes(Path.Combine(a.Path, "notes.csv")).SequenceEqual(File.ReadAllBytes(Path.Combine(c.Path, "notes.csv"))));
    }

    [Fact]
    public void Organisation_HasTheRequiredCounts()
    {
        Assert.Equal(12, _seed.Coders.Count);
        Assert.True(_seed.Providers.Count >= 30, $"{_seed.Providers.Count} providers");
        Assert.Equal(3, _seed.Payers.Count);
        Assert.Equal(["commercial", "medicaid", "medicare"], _seed.Payers.Select(p => p.Kind).Order());
        Assert.True(_seed.Providers.Select(p => p.Specialty).Distinct().Count() >= 7);
        var defaults = new SeedOptions { OutputFolder = "x", OrganisationFolder = "y", ReferenceFolder = "z" };
        Assert.Equal(12, defaults.Months);
        Assert.True(defaults.ClaimsPerMonth >= 3000);
    }

    [Fact]
    public void Claims_EachMonthHasTheRequestedCount_AndEveryCoderProviderAndPayerAppears()
    {
        var perMonth = _seed.Claims.GroupBy(c => c.ServiceDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(12, perMonth.Count);
        Assert.All(perMonth, g => Assert.Equal(1000, g.Count()));
        Assert.Equal("2024-01", perMonth.Min(g => g.Key));
        Assert.Equal(12, _seed.Claims.Select(c => c.CoderId).Distinct().Count());
        Assert.Equal(_seed.Providers.Count, _seed.Claims.Select(c => c.ProviderNpi).Distinct().Count());
        Assert.Equal(3, _seed.Claims.Select(c => c.PayerId).Distinct().Count());
    }

    [Fact]
    public void EveryGeneratedRow_PassesTheImportReader_WithZeroRejects()
    {
        Assert.Empty(_seed.Rejects.Items);
        Assert.All(_seed.Rejects.Files, f => Assert.True(f.Balanced && f.Rejected == 0, f.ToString()));
        Assert.Equal(_seed.Summary.Rows["claims.csv"], _seed.Claims.Count);
        Assert.Equal(_seed.Summary.Rows["claim_lines.csv"], _seed.Claims.Sum(c => c.Lines.Count));
        Assert.Equal(_seed.Summary.Rows["notes.csv"], _seed.Notes.Count);
        Assert.Equal(_seed.Claims.Count, File.ReadLines(Path.Combine(_seed.Folder, "claims.jsonl")).Count());
    }

    [Fact]
    public void EveryInjectedKind_Appears()
    {
        var kinds = _seed.Truth.Select(t => t.GetProperty("kind").GetString()).ToHashSet();
        Assert.All(SeedGenerator.InjectedKinds, k => Assert.Contains(k, kinds));
        Assert.All(kinds, k => Assert.True(FindingKinds.IsKnown(k!), k));
    }

    [Fact]
    public void EveryTruthRow_MatchesTheBilledClaim()
    {
        var claims = _seed.Claims.ToDictionary(c => c.Id);
        var errorClaims = new HashSet<string>();
        foreach (var t in _seed.Truth)
        {
            var claim = claims[t.GetProperty("claimId").GetString()!];
            Assert.True(errorClaims.Add(claim.Id), $"{claim.Id} has two truth rows");
            Assert.Equal(t.GetProperty("coderId").GetString(), claim.CoderId);
            var kind = t.GetProperty("kind").GetString()!;
            var code = t.TryGetProperty("code", out var c) ? c.GetString()! : "";
            var expected = t.TryGetProperty("expected", out var x) ? x.GetString()! : "";
            Assert.False(code.Length == 0 && expected.Length == 0, "a truth row names a code or a correction");
            var correct = t.GetProperty("correct");
            var correctDx = correct.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()!).ToList();
            var correctLines = correct.GetProperty("lines").EnumerateArray().ToList();
            var billedCoding = string.Join(";", claim.Diagnoses) + "/" + string.Join(";", claim.Lines.Select(l => $"{l.Code}x{l.Units}:{string.Join("|", l.Modifiers)}"));
            var correctCoding = string.Join(";", correctDx) + "/" + string.Join(";", correctLines.Select(l =>
                $"{l.GetProperty("code").GetString()}x{l.GetProperty("units").GetInt32()}:{string.Join("|", l.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()))}"));
            Assert.NotEqual(correctCoding, billedCoding);

            if (t.TryGetProperty("line", out var lineElement))
            {
                var line = claim.Lines.Single(l => l.Number == lineElement.GetInt32());
                Assert.Equal(code, line.Code);
            }
            switch (kind)
            {
                case FindingKinds.DxMissed:
                    Assert.DoesNotContain(expected, claim.Diagnoses);
                    Assert.Contains(expected, correctDx);
                    break;
                case FindingKinds.DxUnsupported or FindingKinds.Excludes1:
                    Assert.Contains(code, claim.Diagnoses);
                    Assert.DoesNotContain(code, correctDx);
                    break;
                case FindingKinds.DxUncertain or FindingKinds.DxSpecificity or FindingKinds.AgeConflict or FindingKinds.SexConflict:
                    Assert.Contains(code, claim.Diagnoses);
                    Assert.Contains(expected, correctDx);
                    Assert.DoesNotContain(expected, claim.Diagnoses);
                    break;
                case FindingKinds.DxHistoryOnly:
                    Assert.Contains(code, claim.Diagnoses);
                    Assert.DoesNotContain(code, correctDx);
                    break;
                case FindingKinds.EmLevelHigh or FindingKinds.EmLevelLow:
                    var delta = int.Parse(code, CultureInfo.InvariantCulture) - int.Parse(expected, CultureInfo.InvariantCulture);
                    Assert.Equal(kind == FindingKinds.EmLevelHigh ? 1 : -1, delta);
                    Assert.Contains(correctLines, l => l.GetProperty("code").GetString() == expected);
                    break;
                case FindingKinds.Laterality:
                    Assert.Contains(expected, correctLines.Single(l => l.GetProperty("code").GetString() == code).GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()));
                    Assert.DoesNotContain(expected, claim.Lines.Single(l => l.Code == code).Modifiers);
                    break;
                case FindingKinds.Ptp or FindingKinds.Modifier25Unsupported:
                    Assert.DoesNotContain(correctLines, l => l.GetProperty("code").GetString() == code);
                    break;
                case FindingKinds.PxUndocumented:
                    // An added line for a procedure the note plans or considers only; nothing to correct it to but removal.
                    Assert.DoesNotContain(correctLines, l => l.GetProperty("code").GetString() == code);
                    Assert.Equal(correctLines.Count + 1, claim.Lines.Count);
                    Assert.Equal(correctDx, claim.Diagnoses);
                    Assert.Equal("", expected);
                    break;
            }
            AssertEditTablesConfirm(kind, code, claim);
        }
    }

    private static void AssertEditTablesConfirm(string kind, string code, CodingAudit.Domain.Claims.Claim claim)
    {
        var t = Tables.Value;
        switch (kind)
        {
            case FindingKinds.Ptp:
                Assert.Contains(claim.Lines, l => l.Code != code && t.ActivePtp(l.Code, code, claim.ServiceDate) is 0 or 1);
                break;
            case FindingKinds.Mue:
                Assert.True(claim.Lines.Where(l => l.Code == code).Sum(l => l.Units) > t.Mue(code)!.Value.Value);
                break;
            case FindingKinds.AddOnWithoutPrimary:
                Assert.DoesNotContain(claim.Lines, l => t.AddOnPrimaries(code)!.Contains(l.Code));
                break;
            case FindingKinds.Excludes1:
                Assert.Contains(claim.Diagnoses, d => d != code && t.Excludes1(d, code));
                break;
        }
    }

    [Fact]
    public void ClaimsWithoutInjectedErrors_PassThePayerEditTables()
    {
        var t = Tables.Value;
        var withErrors = _seed.Truth.Select(x => x.GetProperty("claimId").GetString()).ToHashSet();
        var patients = _seed.Patients.ToDictionary(p => p.Id);
        var payerKinds = _seed.Payers.ToDictionary(p => p.Id, p => p.Kind);
        string[] bypass = ["25", "59", "XS", "XE", "XP", "XU", "RT", "LT"];
        var checkedClaims = 0;
        foreach (var claim in _seed.Claims.Where(c => !withErrors.Contains(c.Id)))
        {
            checkedClaims++;
            var patient = patients[claim.PatientId];
            var age = patient.AgeOn(claim.ServiceDate);
            var sex = patient.Sex == CodingAudit.Domain.Claims.Sex.Female ? 'F' : 'M';
            foreach (var dx in claim.Diagnoses)
            {
                Assert.True(t.IsBillable(dx), $"{claim.Id}: {dx} not billable");
                Assert.False(t.AgeConflict(dx, age), $"{claim.Id}: {dx} at age {age}");
                Assert.False(t.SexConflict(dx, sex), $"{claim.Id}: {dx} for sex {sex}");
                Assert.DoesNotContain(claim.Diagnoses, other => other != dx && t.Excludes1(dx, other));
            }
            foreach (var a in claim.Lines)
            foreach (var b in claim.Lines.Where(b => b != a))
            {
                var indicator = t.ActivePtp(a.Code, b.Code, claim.ServiceDate);
                Assert.False(indicator == 0 || (indicator == 1 && !a.Modifiers.Concat(b.Modifiers).Any(bypass.Contains)),
                    $"{claim.Id}: PTP {a.Code}/{b.Code}");
            }
            foreach (var group in claim.Lines.GroupBy(l => l.Code))
            {
                // Preventive E/M codes have a Medicare MUE of 0 (not a Medicare benefit); they are billed to the commercial plan only.
                var commercial = payerKinds[claim.PayerId] == "commercial";
                if (t.Mue(group.Key) is { } mue && !(mue.Value == 0 && commercial)) Assert.True(group.Sum(l => l.Units) <= mue.Value, $"{claim.Id}: MUE {group.Key}");
                if (t.AddOnPrimaries(group.Key) is { } primaries) Assert.Contains(claim.Lines, l => primaries.Contains(l.Code));
            }
        }
        Assert.True(checkedClaims > 8000, $"{checkedClaims} clean claims");
    }

    [GeneratedRegex(@"Total timed code treatment minutes: (\d+)")]
    private static partial Regex TimedMinutes();

    [Fact]
    public void ClaimsWithoutInjectedErrors_AgreeWithTheirNotes_EmTimeAndTherapyUnits()
    {
        var withErrors = _seed.Truth.Select(x => x.GetProperty("claimId").GetString()).ToHashSet();
        var notes = _seed.Notes.ToLookup(n => n.EncounterId);
        int[] newMin = [15, 30, 45, 60, 1000], estMin = [10, 20, 30, 40, 1000];
        var emChecked = 0;
        var therapyChecked = 0;
        foreach (var claim in _seed.Claims.Where(c => !withErrors.Contains(c.Id)))
        {
            var text = string.Join("\n", notes[claim.EncounterId].Select(n => n.Text));
            var minutes = notes[claim.EncounterId].Select(n => n.TotalMinutes).FirstOrDefault(m => m.HasValue);
            var em = claim.Lines.FirstOrDefault(l => l.Code is "99202" or "99203" or "99204" or "99205" or "99212" or "99213" or "99214" or "99215");
            if (em is not null && minutes is { } m)
            {
                var table = em.Code[3] == '0' ? newMin : estMin;
                var level = em.Code[4] - '0';
                Assert.True(m >= table[level - 2] && m < table[level - 1], $"{claim.Id}: {em.Code} with {m} minutes");
                Assert.Contains($"{m} min", text);
                emChecked++;
            }
            var timed = TimedMinutes().Match(text);
            if (timed.Success)
            {
                var units = claim.Lines.Where(l => l.Code is "97110" or "97140" or "97530").Sum(l => l.Units);
                Assert.Equal(EightMinuteRule.TotalUnits(int.Parse(timed.Groups[1].Value, CultureInfo.InvariantCulture)), units);
                therapyChecked++;
            }
            foreach (var line in claim.Lines.Where(l => l.HasModifier("RT") || l.HasModifier("LT")))
                Assert.Contains(line.HasModifier("RT") ? "right" : "left", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(emChecked > 1000 && therapyChecked > 200, $"{emChecked} E/M, {therapyChecked} therapy claims checked");
    }

    [Fact]
    public void InjectedRates_AreNearEachCodersProfile()
    {
        var profiles = CodingAudit.Synthetic.Organisation.SyntheticOrganisation.Load(Path.Combine(RepoPaths.SeedData, "organisation")).Profiles;
        var truthCounts = _seed.Truth.GroupBy(t => (t.GetProperty("coderId").GetString()!, t.GetProperty("kind").GetString()!))
            .ToDictionary(g => g.Key, g => g.Count());
        var compared = 0;
        foreach (var profile in profiles)
        foreach (var kind in SeedGenerator.InjectedKinds)
        {
            var eligible = _seed.Summary.Eligible.GetValueOrDefault(profile.CoderId)?.GetValueOrDefault(kind) ?? 0;
            var injected = truthCounts.GetValueOrDefault((profile.CoderId, kind));
            Assert.Equal(_seed.Summary.Injected.GetValueOrDefault(profile.CoderId)?.GetValueOrDefault(kind) ?? 0, injected);
            if (eligible < 150) continue;
            var rate = profile.RateOf(kind);
            var tolerance = 4 * Math.Sqrt(rate * (1 - rate) / eligible) + 0.01;
            Assert.True(Math.Abs((double)injected / eligible - rate) <= tolerance,
                $"{profile.CoderId} {kind}: {injected}/{eligible} vs rate {rate}");
            compared++;
        }
        Assert.True(compared > 60, $"{compared} coder/kind rates compared");
        // The profiles differ: the upcoder's E/M-high rate is far above the accurate coder's.
        double Rate(string coder, string kind) => (double)truthCounts.GetValueOrDefault((coder, kind)) / _seed.Summary.Eligible[coder][kind];
        Assert.True(Rate("K02", FindingKinds.EmLevelHigh) > 5 * Math.Max(0.005, Rate("K01", FindingKinds.EmLevelHigh)));
    }

    [Fact]
    public void Notes_CarryNegationUncertaintyHistoryFamilyHistoryAndLaterality()
    {
        var all = string.Join("\n", _seed.Notes.Take(3000).Select(n => n.Text));
        Assert.Matches(@"(Denies|No|Negative for) (chest pain|shortness of breath|palpitations|headache|cough|fatigue|leg swelling)", all);
        Assert.Matches(@"(possible|rule out|suspected|probable)", all);
        Assert.Matches(@"(History of|S/p|Status post|Former smoker)", all);
        Assert.Matches(@"Mother (with|had) breast cancer", all);
        Assert.Matches(@"(left|right) knee", all);
        Assert.Matches(@"Total timed code treatment minutes: \d+", all);
        Assert.True(_seed.Notes.Select(n => n.Text.Split('\n')[0]).Distinct().Count() > 10, "note titles vary");
    }
}
