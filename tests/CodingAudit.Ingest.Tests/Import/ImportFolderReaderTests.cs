using CodingAudit.Domain.Claims;
using CodingAudit.Ingest.Import;
using CodingAudit.Testing;

namespace CodingAudit.Ingest.Tests.Import;

public sealed class ImportFolderReaderTests
{
    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Import", name);

    private sealed record Result(
        List<Coder> Coders, List<Provider> Providers, List<Payer> Payers, List<Patient> Patients,
        List<Claim> Claims, List<ClinicalNote> Notes, ImportRejects Rejects);

    /// <summary>Reads a folder the way an import does: reference files first, their ids then check the claims.</summary>
    private static Result ReadFolder(string folder)
    {
        var rejects = new ImportRejects();
        var plain = new ImportFolderReader(folder);
        var coders = plain.ReadCoders(rejects).ToList();
        var providers = plain.ReadProviders(rejects).ToList();
        var payers = plain.ReadPayers(rejects).ToList();
        var patients = plain.ReadPatients(rejects).ToList();
        var known = new ImportKnownIds
        {
            Coders = coders.Select(c => c.Id).ToHashSet(),
            Providers = providers.Select(p => p.Npi).ToHashSet(),
            Payers = payers.Select(p => p.Id).ToHashSet(),
            Patients = patients.Select(p => p.Id).ToHashSet(),
        };
        var claims = new ImportFolderReader(folder, known).ReadClaims(rejects).ToList();
        var notes = new ImportFolderReader(folder, new ImportKnownIds { Encounters = claims.Select(c => c.EncounterId).ToHashSet() })
            .ReadNotes(rejects).ToList();
        return new Result(coders, providers, payers, patients, claims, notes, rejects);
    }

    [Fact]
    public void GoodFolder_ImportsEveryRowWithNoRejects()
    {
        var result = ReadFolder(Folder("good"));

        Assert.Empty(result.Rejects.Items);
        Assert.Equal(["C001", "C003"], result.Claims.Select(c => c.Id));
        var first = result.Claims[0];
        Assert.Equal(["M17.11", "I10"], first.Diagnoses);
        Assert.Equal(new DateOnly(2024, 9, 10), first.ServiceDate);
        Assert.Equal(new DateTimeOffset(2024, 9, 11, 14, 5, 0, TimeSpan.Zero), first.CodedAt);
        Assert.Equal(2, first.Lines.Count);
        Assert.Equal(["RT"], first.Lines[1].Modifiers);
        Assert.Equal([1, 2], first.Lines[0].DiagnosisPointers);
        Assert.Equal(95.50m, first.Lines[1].Charge);
        var note = Assert.Single(result.Notes);
        Assert.Contains("\"worse on stairs\"", note.Text);
        Assert.Contains("\nASSESSMENT/PLAN", note.Text);
        Assert.Equal(32, note.TotalMinutes);
    }

    [Theory]
    [InlineData("coders.csv", 4, "coder_id", "duplicate")]
    [InlineData("coders.csv", 5, "coder_id", "empty")]
    [InlineData("providers.csv", 3, "npi", "check digit")]
    [InlineData("payers.csv", 4, "kind", "martian")]
    [InlineData("patients.csv", 3, "birth_date", "1962-13-01")]
    [InlineData("patients.csv", 4, "sex", "'X'")]
    [InlineData("claims.csv", 3, "service_date", "2024-09-31")]
    [InlineData("claims.csv", 5, "claim_id", "duplicate claim id 'C003'")]
    [InlineData("claims.csv", 6, "patient_id", "P9")]
    [InlineData("claims.csv", 7, "lines", "line 8")]
    [InlineData("claims.csv", 8, "coded_at", "time zone")]
    [InlineData("claims.csv", 9, "lines", "line 10")]
    [InlineData("claims.csv", 10, "diagnoses", "M1712")]
    [InlineData("claim_lines.csv", 4, "claim_id", "was rejected")]
    [InlineData("claim_lines.csv", 6, "claim_id", "no claim 'C004'")]
    [InlineData("claim_lines.csv", 7, "claim_id", "was rejected")]
    [InlineData("claim_lines.csv", 8, "code_system", "ICD9")]
    [InlineData("claim_lines.csv", 9, "claim_id", "was rejected")]
    [InlineData("claim_lines.csv", 10, "modifiers", "at most 4")]
    [InlineData("claim_lines.csv", 11, "diagnosis_pointers", "beyond")]
    [InlineData("claim_lines.csv", 12, "claim_id", "was rejected")]
    [InlineData("notes.csv", 5, "encounter_id", "E999")]
    [InlineData("notes.csv", 6, "total_minutes", "forty")]
    [InlineData("notes.csv", 7, "note_id", "duplicate")]
    public void BadRows_EachIsRejectedWithFileLineFieldAndReason(string file, long line, string field, string reason)
    {
        var rejects = ReadFolder(Folder("bad-rows")).Rejects;

        var reject = Assert.Single(rejects.Items, r => r.File == file && r.Line == line);
        Assert.Equal(field, reject.Field);
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BadRows_ImportedPlusRejectedEqualsReadPerFile()
    {
        var result = ReadFolder(Folder("bad-rows"));

        Assert.Equal(["C001", "C003", "C010"], result.Claims.Select(c => c.Id));
        Assert.Equal(["N001", "N005"], result.Notes.Select(n => n.Id));
        Assert.All(result.Rejects.Files, f => Assert.True(f.Balanced, f.ToString()));
        var claims = result.Rejects.CountsFor("claims.csv");
        Assert.Equal((10, 3, 7), (claims.Read, claims.Imported, claims.Rejected));
        var lines = result.Rejects.CountsFor("claim_lines.csv");
        Assert.Equal((12, 4, 8), (lines.Read, lines.Imported, lines.Rejected));
        Assert.Equal(24, result.Rejects.Count);
        Assert.Equal(result.Rejects.Count, result.Rejects.Items.Count);
    }

    [Fact]
    public void RejectsWriter_WritesOneCsvRowPerReject()
    {
        var rejects = ReadFolder(Folder("bad-rows")).Rejects;
        using var temp = new TempFolder();
        var path = temp.File("rejects.csv");

        ImportRejectsWriter.Write(rejects, path);

        using var csv = CodingAudit.Ingest.Csv.CsvReader.Open(path);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Fields.ToArray());
        Assert.Equal(["file", "line", "field", "reason"], rows[0]);
        Assert.Equal(rejects.Items.Count + 1, rows.Count);
        Assert.Contains(rows, r => r[0] == "claims.csv" && r[1] == "3" && r[2] == "service_date");
    }

    [Fact]
    public void Claims_UnsortedLines_AreRejectedNotLost()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("claims.csv"),
            "claim_id,encounter_id,patient_id,provider_npi,payer_id,coder_id,service_date,coded_at,place_of_service,claim_type,diagnoses\n" +
            "A1,,P1,1234567893,X,K,2024-01-02,2024-01-03T00:00:00Z,11,,I10\n" +
            "A2,,P1,1234567893,X,K,2024-01-02,2024-01-03T00:00:00Z,11,,I10\n");
        File.WriteAllText(temp.File("claim_lines.csv"),
            "claim_id,line_number,code,code_system,modifiers,units,charge,diagnosis_pointers\n" +
            "A2,1,99213,CPT,,1,1,1\nA1,1,99213,CPT,,1,1,1\n");
        var rejects = new ImportRejects();

        var claims = new ImportFolderReader(temp.Path).ReadClaims(rejects).ToList();

        Assert.Equal(["A2"], claims.Select(c => c.Id));
        Assert.Contains(rejects.Items, r => r is { File: "claims.csv", Line: 2, Field: "lines" });
        Assert.Contains(rejects.Items, r => r is { File: "claim_lines.csv", Line: 3 } && r.Reason.Contains("sorted"));
        Assert.All(rejects.Files, f => Assert.True(f.Balanced, f.ToString()));
    }

    [Fact]
    public void Claims_MissingLinesFile_IsAClearError()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("claims.csv"), "claim_id\n");
        var e = Assert.Throws<InvalidDataException>(() => new ImportFolderReader(temp.Path).ReadClaims(new ImportRejects()).ToList());
        Assert.Contains("claim_lines.csv", e.Message);
    }
}
