using CodingAudit.Ingest.Import;

namespace CodingAudit.Ingest.Tests.Import;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS example NPI
    [InlineData("1245319599")]
    public void Npi_ValidCheckDigit_Passes(string npi) => Assert.Null(ImportValues.CheckNpi(npi, verifyCheckDigit: true));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789")]
    [InlineData("12345678AB")]
    public void Npi_BadCheckDigitOrShape_Fails(string npi) => Assert.NotNull(ImportValues.CheckNpi(npi, verifyCheckDigit: true));

    [Theory]
    [InlineData("M17.11", true)]
    [InlineData("I10", true)]
    [InlineData("F32.A", true)]
    [InlineData("M1711", false)]
    [InlineData("M17.", false)]
    [InlineData("17.11", false)]
    public void Icd10CmShape(string code, bool valid) => Assert.Equal(valid, ImportValues.IsIcd10CmShape(code));

    [Theory]
    [InlineData("99213", "CPT", true)]
    [InlineData("0174T", "CPT", true)]
    [InlineData("G2211", "HCPCS", true)]
    [InlineData("G2211", "CPT", false)]
    [InlineData("99213", "ICD", false)]
    public void Code_AgainstSystem(string code, string system, bool valid) =>
        Assert.Equal(valid, ImportValues.CheckCode(code, system) is null);

    [Fact]
    public void Timestamp_WithoutZone_IsRejected() =>
        Assert.NotNull(ImportValues.ParseTimestamp("2024-09-10T14:05:00", out _));

    [Fact]
    public void Timestamp_WithOffset_IsConvertedToUtc()
    {
        Assert.Null(ImportValues.ParseTimestamp("2024-09-10T14:05:00+02:00", out var t));
        Assert.Equal(new DateTimeOffset(2024, 9, 10, 12, 5, 0, TimeSpan.Zero), t);
        Assert.Equal(TimeSpan.Zero, t.Offset);
    }

    [Fact]
    public void Pointers_BeyondDiagnosisList_Fails() =>
        Assert.Contains("beyond", ImportValues.ParsePointers("1|3", 2, out _));
}
