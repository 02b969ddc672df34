using CodingAudit.Persistence.Reference;
using CodingAudit.Persistence.Tests.Databases;
using CodingAudit.Testing;

namespace CodingAudit.Persistence.Tests.Reference;

public abstract class ReferenceStoreTests(DatabaseTarget target) : IDisposable
{
    private static readonly ReferenceRowData[] PtpRows =
    [
        new("20610|99214", """{"column1":"20610","column2":"99214","modifier":"1"}"""),
        new("29881|29877", """{"column1":"29881","column2":"29877","modifier":"0"}"""),
    ];

    [SkippableFact]
    public async Task RecordRelease_SameFileTwice_KeepsOneRelease()
    {
        var database = await target.OpenAsync();
        var store = database.Reference;

        var first = await store.RecordReleaseAsync("ncci-ptp", "2026Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            "ptp.txt", "ABC123", PtpRows);
        var second = await store.RecordReleaseAsync("ncci-ptp", "2026Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            "ptp-copy.txt", "abc123", PtpRows);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Release.Id, second.Release.Id);
        var release = Assert.Single(await store.ListReleasesAsync("ncci-ptp"));
        Assert.Equal(2, release.RowCount);
        Assert.Equal(target.Clock.GetUtcNow(), release.LoadedAt);
        var rows = new List<ReferenceRowData>();
        await foreach (var row in store.StreamRowsAsync(release.Id)) rows.Add(row);
        Assert.Equal(PtpRows, rows);
    }

    [SkippableFact]
    public async Task RecordRelease_NewFile_AddsAVersionAndKeepsHistory()
    {
        var database = await target.OpenAsync();
        var store = database.Reference;

        await store.RecordReleaseAsync("ncci-ptp", "2026Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), "q1.txt", "aaa", PtpRows);
        await store.RecordReleaseAsync("ncci-ptp", "2026Q2", new DateOnly(2026, 4, 1), null, "q2.txt", "bbb", PtpRows.Take(1));
        await store.RecordReleaseAsync("mue", "2026Q1", new DateOnly(2026, 1, 1), null, "mue.csv", "aaa", []);

        var ptp = await store.ListReleasesAsync("ncci-ptp");
        Assert.Equal(["2026Q1", "2026Q2"], ptp.Select(r => r.Version));
        Assert.Equal([2, 1], ptp.Select(r => r.RowCount));
        Assert.True(ptp[1].IsEffectiveOn(new DateOnly(2027, 1, 1)));
        Assert.False(ptp[0].IsEffectiveOn(new DateOnly(2026, 4, 1)));
        Assert.Equal(3, (await store.ListReleasesAsync()).Count);
    }

    public void Dispose()
    {
        target.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class ReferenceStoreTestsOnSqlite() : ReferenceStoreTests(new SqliteTarget());

[Collection(PostgresCollection.Name)]
public sealed class ReferenceStoreTestsOnPostgres(PostgresFixture fixture) : ReferenceStoreTests(new PostgresTarget(fixture));
