using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Ingest.ReferenceData;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.ReferenceData;

public class ReferenceLibraryLoaderTests
{
    private static readonly Lazy<ReferenceLibrary> Shipped = new(() => ReferenceLibraryLoader.LoadDefault(RepoPaths.ReferenceData));

    [Fact]
    public void LoadDefault_RecordsEveryShippedTableWithHashAndRowCount()
    {
        var releases = Shipped.Value.Releases;
        var byTable = releases.Where(r => r.Table != ReferenceTables.PtpHospital).ToDictionary(r => r.Table);

        Assert.Equal(900, byTable[ReferenceTables.PtpPractitioner].RowCount);
        Assert.Equal(454, byTable[ReferenceTables.Mue].RowCount);
        Assert.Equal(4608, byTable[ReferenceTables.Icd10Cm].RowCount);
        Assert.Equal(1388, byTable[ReferenceTables.MceEdits].RowCount);
        Assert.Equal(469, byTable[ReferenceTables.AddOn].RowCount);
        Assert.Equal(754, byTable[ReferenceTables.MpfsRvu].RowCount);
        Assert.Equal(11, byTable[ReferenceTables.EmTimeThresholds].RowCount);
        Assert.Equal(4, releases.Count(r => r.Table.StartsWith("coverage:", StringComparison.Ordinal)));
        Assert.Equal(["2024-07-01", "2025-10-01"], releases.Where(r => r.Table == ReferenceTables.PtpHospital).Select(r => r.Version).Order());
        Assert.All(releases, r => Assert.Matches("^[0-9a-f]{64}(;[0-9a-f]{64})*$", r.Sha256));
        Assert.Equal(ReferenceValues.Sha256(Path.Combine(RepoPaths.ReferenceData, "ncci_ptp_practitioner_2024q3.csv")),
            byTable[ReferenceTables.PtpPractitioner].Sha256);
    }

    [Fact]
    public void Library_AnswersWhichReleaseAppliesOrNone()
    {
        var icd = Shipped.Value.Icd10Cm;

        Assert.Equal("FY2024", icd.On(new DateOnly(2023, 10, 1))!.Release.Version);
        Assert.Equal("FY2024", icd.On(new DateOnly(2024, 9, 30))!.Release.Version);
        Assert.Null(icd.On(new DateOnly(2024, 10, 1)));
        Assert.Null(icd.On(new DateOnly(2023, 9, 30)));
    }

    [Fact]
    public void AddOn_ReleaseStartsAtItsEarliestRow() =>
        Assert.True(Shipped.Value.AddOn.Versions.Single().Release.EffectiveFrom < new DateOnly(2014, 1, 1));

    [Fact]
    public void OfficialFolder_NewerReleaseSupersedesOnItsDates()
    {
        var builder = new ReferenceLibraryBuilder();
        ReferenceLibraryLoader.AddFolder(builder, RepoPaths.ReferenceData);
        ReferenceLibraryLoader.AddFolder(builder, Path.Combine(TestFiles.Folder, "official"));
        var library = builder.Build();

        Assert.Equal("FY2025", library.Icd10Cm.On(new DateOnly(2024, 10, 1))!.Release.Version);
        Assert.Equal("FY2024", library.Icd10Cm.On(new DateOnly(2024, 9, 30))!.Release.Version);
        // The official PTP file starts at its earliest effective date and, being newer, answers for every later date.
        var ptp = library.PtpPractitioner.On(new DateOnly(2024, 10, 2))!;
        Assert.Equal("ptp_practitioner_official_synthetic.TXT", ptp.Release.SourceFile);
        Assert.NotNull(ptp.Data.Find("20610", "20611", new DateOnly(2024, 10, 2)));
        Assert.Equal(2, library.PtpPractitioner.Versions.Count);
    }

    [Fact]
    public void LoadingTheSameFolderTwice_ChangesNothing()
    {
        var builder = new ReferenceLibraryBuilder();
        ReferenceLibraryLoader.AddFolder(builder, RepoPaths.ReferenceData);
        ReferenceLibraryLoader.AddFolder(builder, RepoPaths.ReferenceData);

        Assert.Equal(Shipped.Value.Releases.Count, builder.Build().Releases.Count);
    }

    [Fact]
    public void Manifest_UnknownFormat_NamesLineAndField()
    {
        var e = Assert.Throws<ReferenceDataException>(() => ReferenceLibraryLoader.ReadManifest(TestFiles.Of("releases_bad_format.csv")));
        Assert.Equal(3, e.Line);
        Assert.Equal("format", e.Field);
    }

    [Fact]
    public void SubsetCsv_BadRow_NamesFileLineAndField()
    {
        using var temp = new TempFolder();
        var path = temp.File("ptp.csv");
        File.WriteAllText(path, "column1_code,column2_code,deletion_date_yyyymmdd,modifier_indicator,ptp_edit_rationale,setting\n" +
                                "11042,99215,,1,r,practitioner\n11042,99213,2019-02-30,1,r,practitioner\n");

        var e = Assert.Throws<ReferenceDataException>(() => PtpFiles.ReadSubsetCsv(path, new PtpTable.Builder("practitioner")));
        Assert.Equal("ptp.csv", e.File);
        Assert.Equal(3, e.Line);
        Assert.Equal("deletion_date_yyyymmdd", e.Field);
    }

    [Fact]
    public void CoverageFile_WithoutCoveredDiagnoses_IsRejected()
    {
        using var temp = new TempFolder();
        var path = temp.File("L1.csv");
        File.WriteAllText(path, "policy_id,title,version,effective_date,role,code\nL1,T,1,2024-01-01,procedure,82306\n");

        var e = Assert.Throws<ReferenceDataException>(() => CoverageFiles.ReadCsv(path));
        Assert.Contains("covered_dx", e.Message);
    }
}
