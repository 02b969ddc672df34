using CodingAudit.Domain.Edits;
using CodingAudit.Ingest.ReferenceData;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.ReferenceData;

public class PtpChangeReportTests
{
    [Fact]
    public void HospitalRelease2025Q4_AddsTheQuarterAndKeepsTheBase()
    {
        var library = ReferenceLibraryLoader.LoadDefault(RepoPaths.ReferenceData);
        var q4 = library.PtpHospital.On(new DateOnly(2025, 10, 1))!;

        Assert.Equal("2025-10-01", q4.Release.Version);
        Assert.Equal(445 + 1984, q4.Release.RowCount);
        // ncci_ptp_hospital_changes_2025q4.csv: 0010U,87513,1,addition,20251001
        Assert.NotNull(q4.Data.Find("0010U", "87513", new DateOnly(2025, 10, 1)));
        Assert.Null(q4.Data.Find("0010U", "87513", new DateOnly(2025, 9, 30)));
        // ncci_ptp_hospital_2024q3.csv: 10140,13132,,1 stays in force.
        Assert.NotNull(q4.Data.Find("10140", "13132", new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void ChangeReport_DeletionAndIndicatorChange_CloseTheOpenRow()
    {
        using var temp = new TempFolder();
        var path = temp.File("changes.csv");
        File.WriteAllText(path, "column1_code,column2_code,modifier_indicator,change_type,effective_date,setting\n" +
                                "11042,99215,1,deletion,20251001,practitioner\n11042,64492,1,modifier_indicator_change,20251001,practitioner\n");
        var builder = new PtpTable.Builder("practitioner");
        builder.Add(new PtpEdit("11042", "99215", null, null, PtpModifierIndicator.Allowed, "r", "practitioner"));
        builder.Add(new PtpEdit("11042", "64492", null, null, PtpModifierIndicator.NotAllowed, "r", "practitioner"));

        PtpFiles.ApplyChangesCsv(path, builder);
        var table = builder.Build();

        Assert.NotNull(table.Find("11042", "99215", new DateOnly(2025, 9, 30)));
        Assert.Null(table.Find("11042", "99215", new DateOnly(2025, 10, 1)));
        Assert.Equal(PtpModifierIndicator.NotAllowed, table.Find("11042", "64492", new DateOnly(2025, 9, 30))!.ModifierIndicator);
        Assert.Equal(PtpModifierIndicator.Allowed, table.Find("11042", "64492", new DateOnly(2025, 10, 1))!.ModifierIndicator);
    }
}
