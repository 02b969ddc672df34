using CodingAudit.Domain.Claims;
using CodingAudit.Persistence.Claims;
using CodingAudit.Persistence.Tests.Databases;
using CodingAudit.Testing;

namespace CodingAudit.Persistence.Tests.Claims;

public abstract class ClaimStoreTests(DatabaseTarget target) : IDisposable
{
    private static readonly DateOnly January1 = new(2026, 1, 1);
    private static readonly DateOnly January31 = new(2026, 1, 31);

    [SkippableFact]
    public async Task RoundTrip_ClaimWithLinesDiagnosesAndNotes_ReadsBackEqual()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        var claim = ClaimBuilder.Claim(7);
        await database.Importer.ImportClaimsAsync([claim]);
        await database.Importer.ImportNotesAsync([ClaimBuilder.Note(claim, 2), ClaimBuilder.Note(claim, 1)]);

        var read = Assert.Single(await database.Claims.GetClaimsForReviewAsync([claim.Id]));

        Assert.Equal(claim.Id, read.Claim.Id);
        Assert.Equal(claim.EncounterId, read.Claim.EncounterId);
        Assert.Equal(claim.ServiceDate, read.Claim.ServiceDate);
        Assert.Equal(claim.Diagnoses, read.Claim.Diagnoses);
        Assert.Equal(2, read.Claim.Lines.Count);
        var second = read.Claim.Lines[1];
        Assert.Equal("20610", second.Code);
        Assert.Equal(["RT", "59"], second.Modifiers);
        Assert.Equal([1], second.DiagnosisPointers);
        Assert.Equal(210.10m, second.Charge);
        Assert.Equal("22", second.PlaceOfService);
        Assert.Equal([1, 2], read.Claim.Lines[0].DiagnosisPointers);
        Assert.Equal(claim.TotalCharge, read.Claim.TotalCharge);
        Assert.Equal(ClaimBuilder.Patient(7).BirthDate, read.Patient.BirthDate);
        Assert.Equal(Sex.Male, read.Patient.Sex);
        Assert.Equal(["N-CLM000007-1", "N-CLM000007-2"], read.Notes.Select(n => n.Id));
        Assert.Equal(30, read.DocumentedMinutes);
    }

    [SkippableFact]
    public async Task RoundTrip_Timestamps_AreUtcAndTheSameInstant()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        var claim = ClaimBuilder.Claim(3);
        var note = ClaimBuilder.Note(claim);
        await database.Importer.ImportClaimsAsync([claim]);
        await database.Importer.ImportNotesAsync([note]);

        var read = Assert.Single(await database.Claims.GetClaimsForReviewAsync([claim.Id]));

        Assert.Equal(TimeSpan.Zero, read.Claim.CodedAt.Offset);
        Assert.Equal(claim.CodedAt.UtcTicks, read.Claim.CodedAt.UtcTicks);
        var readNote = Assert.Single(read.Notes);
        Assert.Equal(TimeSpan.Zero, readNote.WrittenAt.Offset);
        Assert.Equal(note.WrittenAt.UtcTicks, readNote.WrittenAt.UtcTicks);
    }

    [SkippableFact]
    public async Task Import_SameClaimsTwice_SecondInsertsNothing()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        var claims = Enumerable.Range(0, 1200).Select(n => ClaimBuilder.Claim(n)).ToList();

        var first = await database.Importer.ImportClaimsAsync(claims);
        var second = await database.Importer.ImportClaimsAsync(claims);
        var patientsAgain = await database.Importer.ImportPatientsAsync(Enumerable.Range(0, 50).Select(ClaimBuilder.Patient));

        Assert.Equal(new ImportCounts(1200, 1200), first);
        Assert.Equal(new ImportCounts(1200, 0), second);
        Assert.Equal(50, patientsAgain.AlreadyPresent);
        var summary = await ClaimSummaryQuery.RunAsync(database);
        Assert.Equal(1200, summary.Claims);
        Assert.Equal(2400, summary.Lines);
    }

    [SkippableFact]
    public async Task Import_ClaimForUnknownPatient_Fails()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        var orphan = new Claim("X1", "E1", "NO-SUCH-PATIENT", ClaimBuilder.Providers[0].Npi, "MCR", "C01",
            January1, DateTimeOffset.UtcNow, "11", ["I10"], [new ClaimLine(1, "99213", [], 1, 90m, [1])]);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => database.Importer.ImportClaimsAsync([orphan]));
    }

    [SkippableFact]
    public async Task Stream_PeriodAcrossSeveralPages_ReturnsEveryClaimOnceInServiceDateThenIdOrder()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        // Shuffled input and ids whose text order differs from numeric order ("CLM10" < "CLM9").
        var claims = Enumerable.Range(0, 1300).Select(n => ClaimBuilder.Claim(n, id: $"CLM{n}"))
            .Concat([ClaimBuilder.Claim(5, month: 2, id: "FEB5")])
            .OrderBy(c => (c.Id.GetHashCode(StringComparison.Ordinal) & 0xffff)).ToList();
        await database.Importer.ImportClaimsAsync(claims);

        var streamed = new List<ClaimForReview>();
        await foreach (var claim in database.Claims.StreamClaimsForReviewAsync(January1, January31)) streamed.Add(claim);

        var expected = claims.Where(c => c.ServiceDate.Month == 1)
            .OrderBy(c => c.ServiceDate).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id).ToList();
        Assert.Equal(expected, streamed.Select(c => c.Claim.Id).ToList());
        Assert.All(streamed, c => Assert.Equal(2, c.Claim.Lines.Count));
        Assert.Equal(1300, await database.Claims.CountClaimsAsync(January1, January31));
    }

    [SkippableFact]
    public async Task Stream_WithCoderAndCodeFilters_ReturnsOnlyMatchingClaims()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        await database.Importer.ImportClaimsAsync(Enumerable.Range(0, 40).Select(n => ClaimBuilder.Claim(n)));
        var filter = new ClaimFilter { CoderIds = ["C02"], ProcedureCodes = ["20610"] };

        var streamed = new List<ClaimForReview>();
        await foreach (var claim in database.Claims.StreamClaimsForReviewAsync(January1, January31, filter)) streamed.Add(claim);

        Assert.Equal(20, streamed.Count);
        Assert.All(streamed, c => Assert.Equal("C02", c.Claim.CoderId));
        Assert.Equal(0, await database.Claims.CountClaimsAsync(January1, January31, new ClaimFilter { ProcedureCodes = ["99999"] }));
    }

    [SkippableFact]
    public async Task Frame_IsNumberedFromOneInFrameOrder()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        await database.Importer.ImportClaimsAsync(Enumerable.Range(0, 25).Select(n => ClaimBuilder.Claim(n, id: $"CLM{n}")));

        var frame = new List<FrameCandidate>();
        await foreach (var entry in database.Claims.StreamFrameAsync(January1, January31)) frame.Add(entry);

        Assert.Equal(Enumerable.Range(1, 25), frame.Select(f => f.Position));
        Assert.Equal(frame.OrderBy(f => f.ServiceDate).ThenBy(f => f.ClaimId, StringComparer.Ordinal).Select(f => f.ClaimId),
            frame.Select(f => f.ClaimId));
        Assert.All(frame, f => Assert.Equal(360.35m, f.Amount));
    }

    [SkippableFact]
    public async Task SameDay_ReturnsOtherClaimsOfPatientProviderAndDate()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        var first = ClaimBuilder.Claim(4, id: "A");
        var sameDay = ClaimBuilder.Claim(4, id: "B");
        var otherDay = ClaimBuilder.Claim(54); // same patient (54 % 50) and provider, later date
        await database.Importer.ImportClaimsAsync([first, sameDay, otherDay]);

        var others = await database.Claims.GetSameDayClaimsAsync(first);

        Assert.Equal(["B"], others.Select(c => c.Claim.Id));
    }

    [SkippableFact]
    public async Task KnownIds_ListWhatIsStored()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        await database.Importer.ImportClaimsAsync([ClaimBuilder.Claim(1), ClaimBuilder.Claim(2)]);

        var known = await database.Claims.GetKnownIdsAsync();

        Assert.Equal(50, known.Patients.Count);
        Assert.Equal(["ENC000001", "ENC000002"], known.Encounters.Order(StringComparer.Ordinal));
        Assert.Contains("1000000002", known.Providers);
        Assert.Contains("MCR", known.Payers);
        Assert.Contains("C02", known.Coders);
    }

    [SkippableFact]
    public async Task Summary_CountsPerMonthCoderAndPayer()
    {
        var database = await target.OpenAsync();
        await ClaimBuilder.LoadReferencesAsync(database);
        await database.Importer.ImportClaimsAsync(Enumerable.Range(0, 10).Select(n => ClaimBuilder.Claim(n))
            .Concat(Enumerable.Range(10, 4).Select(n => ClaimBuilder.Claim(n, month: 2))));

        var summary = await ClaimSummaryQuery.RunAsync(database);

        Assert.Equal([("2026-01", 10L), ("2026-02", 4L)], summary.Months.Select(m => (m.Key, m.Claims)));
        Assert.Equal([("C01", "Coder One", 7L), ("C02", "Coder Two", 7L)], summary.Coders.Select(c => (c.Key, c.Name, c.Claims)));
        Assert.Equal([("BCX", 7L), ("MCR", 7L)], summary.Payers.Select(p => (p.Key, p.Claims)));
        Assert.Equal(14 * 360.35m, summary.Months.Sum(m => m.TotalCharge));
    }

    public void Dispose()
    {
        target.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class ClaimStoreTestsOnSqlite() : ClaimStoreTests(new SqliteTarget());

[Collection(PostgresCollection.Name)]
public sealed class ClaimStoreTestsOnPostgres(PostgresFixture fixture) : ClaimStoreTests(new PostgresTarget(fixture));
