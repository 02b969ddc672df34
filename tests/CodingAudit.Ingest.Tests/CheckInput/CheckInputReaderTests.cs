using CodingAudit.Domain.Claims;
using CodingAudit.Ingest.CheckInput;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.CheckInput;

public class CheckInputReaderTests
{
    private static readonly string File = Path.Combine(RepoPaths.Root, "tests", "CodingAudit.Ingest.Tests", "CheckInput", "TestData", "claims_with_errors.jsonl");

    [Fact]
    public void Read_ValidLines_BecomeClaimsWithPatientAndNote()
    {
        var claims = CheckInputReader.Read(File).Where(l => l.IsValid).Select(l => l.Claim!).ToList();

        Assert.Equal(["C1", "C2", "C8"], claims.Select(c => c.Claim.Id));
        var c1 = claims[0];
        Assert.Equal(new DateOnly(2024, 9, 10), c1.Claim.ServiceDate);
        Assert.Equal(["M17.11", "I10"], c1.Claim.Diagnoses);
        Assert.Equal(Sex.Male, c1.Patient.Sex);
        Assert.Equal(new DateOnly(1958, 3, 14), c1.Patient.BirthDate);
        var line = Assert.Single(c1.Claim.Lines);
        Assert.Equal(("20610", 1, 1), (line.Code, line.Units, line.Number));
        Assert.Equal(["RT"], line.Modifiers);
        Assert.Equal([1], line.DiagnosisPointers);
        Assert.Equal(25, c1.DocumentedMinutes);
        Assert.Equal("Right knee osteoarthritis, injected.", c1.NoteText);
        Assert.Empty(claims[1].Notes);
        Assert.Equal(1, claims[1].Claim.Lines[0].Units);
        Assert.Empty(claims[2].Notes);
    }

    [Fact]
    public void Read_MalformedLines_ReportLineNumberAndField()
    {
        var errors = CheckInputReader.Read(File).Where(l => !l.IsValid).ToList();

        Assert.Equal([3L, 4L, 5L, 7L], errors.Select(e => e.LineNumber));
        Assert.StartsWith("line 3: not valid JSON", errors[0].Error);
        Assert.Contains("field 'patient.sex'", errors[1].Error);
        Assert.Contains("field 'lines[1].diagnosisPointers'", errors[2].Error);
        Assert.Contains("field 'serviceDate'", errors[3].Error);
    }
}
