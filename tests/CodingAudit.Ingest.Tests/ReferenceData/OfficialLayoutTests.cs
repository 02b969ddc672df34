using CodingAudit.Domain.Edits;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Ingest.Tests.ReferenceData;

public class OfficialLayoutTests
{
    private static readonly DateOnly Q3 = new(2024, 8, 1);

    [Fact]
    public void PtpTxt_SkipsCopyrightAndWrappedHeader_ReadsEveryRow()
    {
        var builder = new PtpTable.Builder("practitioner");
        var rows = PtpFiles.ReadOfficialTxt(TestFiles.Of("ptp_practitioner_official_synthetic.TXT"), "practitioner", builder);
        var table = builder.Build();

        Assert.Equal(5, rows);
        var edit = table.Find("11042", "99215", Q3)!;
        Assert.Equal(new DateOnly(2010, 1, 1), edit.EffectiveDate);
        Assert.Null(edit.DeletionDate);
        Assert.Equal(PtpModifierIndicator.Allowed, edit.ModifierIndicator);
        Assert.Equal("CPT Manual or CMS manual coding instruction", edit.Rationale);
        Assert.Equal(PtpModifierIndicator.NotAllowed, table.Find("11042", "64492", Q3)!.ModifierIndicator);
    }

    [Fact]
    public void PtpTxt_DeletionAndEffectiveDates_Apply()
    {
        var builder = new PtpTable.Builder("practitioner");
        PtpFiles.ReadOfficialTxt(TestFiles.Of("ptp_practitioner_official_synthetic.TXT"), "practitioner", builder);
        var table = builder.Build();

        Assert.Null(table.Find("20610", "99214", Q3));
        Assert.NotNull(table.Find("20610", "99214", new DateOnly(2019, 6, 1)));
        Assert.Null(table.Find("20610", "20611", Q3));
        Assert.NotNull(table.Find("20610", "20611", new DateOnly(2024, 10, 1)));
    }

    [Theory]
    [InlineData("ptp_official_bad_date.TXT", "Effective Date", "2024-13-01")]
    [InlineData("ptp_official_bad_indicator.TXT", "Modifier", "'7'")]
    public void PtpTxt_BadRow_NamesFileLineAndField(string file, string field, string text)
    {
        var e = Assert.Throws<ReferenceDataException>(() => PtpFiles.ReadOfficialTxt(TestFiles.Of(file), "practitioner", new PtpTable.Builder("practitioner")));

        Assert.Equal(file, e.File);
        Assert.Equal(7, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(text, e.Message);
    }

    [Fact]
    public void MueCsv_SkipsMultiLineNotice_ParsesIndicatorCells()
    {
        var edits = MueFiles.ReadOfficialCsv(TestFiles.Of("mue_practitioner_official_synthetic.csv"), new DateOnly(2024, 7, 1));

        Assert.Equal(["20610", "64493", "G0514"], edits.Select(e => e.Code));
        Assert.Equal([3, 2, 1], edits.Select(e => e.Mai));
        Assert.Equal([2, 1, 1], edits.Select(e => e.Value));
        Assert.All(edits, e => Assert.Equal("practitioner", e.Setting));
    }

    [Fact]
    public void MueCsv_BadValue_NamesFileLineAndField()
    {
        var e = Assert.Throws<ReferenceDataException>(() => MueFiles.ReadOfficialCsv(TestFiles.Of("mue_official_bad_value.csv"), new DateOnly(2024, 7, 1)));
        Assert.Equal(9, e.Line);
        Assert.Equal("MUE Values", e.Field);
    }

    [Fact]
    public void IcdOrderFile_ReadsCodesWithDotsAndBillableFlags()
    {
        var codes = IcdCodeFiles.ReadOrderFile(TestFiles.Of("icd10cm_order_synthetic.txt"));

        Assert.Equal(["E11", "E11.9", "E11.22", "N18.3", "N18.30"], codes.Select(c => c.Code));
        Assert.Equal([false, true, true, false, true], codes.Select(c => c.Billable));
        Assert.Equal("Type 2 diabetes mellitus with diabetic chronic kidney disease", codes[2].Description);
    }

    [Fact]
    public void IcdOrderFile_BadFlag_NamesLineAndColumn()
    {
        var e = Assert.Throws<ReferenceDataException>(() => IcdCodeFiles.ReadOrderFile(TestFiles.Of("icd10cm_order_bad_flag.txt")));
        Assert.Equal(3, e.Line);
        Assert.Equal("billable flag (column 15)", e.Field);
    }
}
