using CodingAudit.Domain.Findings;
using CodingAudit.Persistence.Audits;
using CodingAudit.Persistence.Claims;
using CodingAudit.Persistence.Tests.Databases;
using CodingAudit.Testing;

namespace CodingAudit.Persistence.Tests.Audits;

public abstract class RunStoreTests(DatabaseTarget target) : IDisposable
{
    private static readonly AuditPlan Plan = new("monthly", "Monthly coder review", true, "0 6 1 * *", "America/Chicago", """{"design":"per-coder"}""");

    private async Task<AuditDatabase> WithPlanAsync()
    {
        var database = await target.OpenAsync();
        await database.Plans.SavePlanAsync(Plan);
        return database;
    }

    [SkippableFact]
    public async Task TryCreateRun_Twice_ReturnsTheSameRunAndCreatesItOnce()
    {
        var database = await WithPlanAsync();

        var first = await database.Runs.TryCreateRunAsync("monthly", "2026-01");
        var second = await database.Runs.TryCreateRunAsync("monthly", "2026-01");
        var otherPeriod = await database.Runs.TryCreateRunAsync("monthly", "2026-02");

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Run.Id, second.Run.Id);
        Assert.NotEqual(first.Run.Id, otherPeriod.Run.Id);
        Assert.Equal(2, (await database.Runs.ListRunsAsync("monthly")).Count);
    }

    [SkippableFact]
    public async Task TryCreateRun_ConcurrentCalls_CreateExactlyOneRun()
    {
        var database = await WithPlanAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => database.Runs.TryCreateRunAsync("monthly", "2026-03"))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Run.Id).Distinct());
    }

    [SkippableFact]
    public async Task TryCreateRun_UnknownPlanOrBadPeriod_Throws()
    {
        var database = await WithPlanAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.Runs.TryCreateRunAsync("nope", "2026-01"));
        await Assert.ThrowsAsync<ArgumentException>(() => database.Runs.TryCreateRunAsync("monthly", "2026-13"));
        await Assert.ThrowsAsync<ArgumentException>(() => database.Runs.TryCreateRunAsync("monthly", "Jan 2026"));
    }

    [SkippableFact]
    public async Task MarkShardDone_ConcurrentShards_ReturnsTrueExactlyOnce()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        const int shards = 12;

        // Every shard twice (a retried job), all at once.
        var calls = Enumerable.Range(0, shards).Concat(Enumerable.Range(0, shards))
            .Select(shard => Task.Run(() => database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, shard, shards)));
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal((shards, shards), await database.Runs.GetShardProgressAsync(run.Id, AuditStages.Check));
        Assert.False(await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, 0, shards));
    }

    [SkippableFact]
    public async Task GetFinishedShards_ListsEachStagesOwn()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Population, 3, 5);
        await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Population, 0, 5);
        await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Population, 3, 5);
        await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, 1, 2);

        Assert.Equal([0, 3], (await database.Runs.GetFinishedShardsAsync(run.Id, AuditStages.Population)).Order());
        Assert.Equal([1], await database.Runs.GetFinishedShardsAsync(run.Id, AuditStages.Check));
        Assert.Empty(await database.Runs.GetFinishedShardsAsync(run.Id, AuditStages.Sample));
    }

    [SkippableFact]
    public async Task MarkShardDone_LastShardFirst_OnlyTheCallCompletingTheSetIsTrue()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;

        Assert.False(await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, 2, 3));
        Assert.False(await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, 0, 3));
        Assert.True(await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Population, 0, 1)); // its own counter
        Assert.True(await database.Runs.MarkShardDoneAsync(run.Id, AuditStages.Check, 1, 3));
    }

    [SkippableFact]
    public async Task SaveFindings_Again_InsertsNoDuplicates()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        Finding[] findings =
        [
            new("CLM1", 2, FindingKinds.Ptp, "ptp:20610|99214", Severity.High, "20610", "20610-59", "Bundled", "NCCI PTP 2026Q1 row 1", 84.12m),
            new("CLM1", null, FindingKinds.DxUncertain, "dx-uncertain", Severity.Medium, "J18.9", null, "Uncertain", "note",
                evidence: new Evidence("probable pneumonia", 10, 28)),
        ];

        var first = await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Sample, findings);
        var again = await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Sample, findings);
        var population = await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Population, findings.Take(1));

        Assert.Equal(new ImportCounts(2, 2), first);
        Assert.Equal(0, again.Inserted);
        Assert.Equal(1, population.Inserted);
        var stored = await database.Runs.GetFindingsAsync(run.Id, FindingPasses.Sample);
        Assert.Equal(2, stored.Count);
        var claimLevel = stored.Single(f => f.Finding.Kind == FindingKinds.DxUncertain).Finding;
        Assert.Null(claimLevel.Line);
        Assert.Equal(new Evidence("probable pneumonia", 10, 28), claimLevel.Evidence);
        var lineLevel = stored.Single(f => f.Finding.Kind == FindingKinds.Ptp).Finding;
        Assert.Equal(2, lineLevel.Line);
        Assert.Equal(84.12m, lineLevel.Amount);
        Assert.Equal(FindingCategory.Bundling, lineLevel.Category);
    }

    [SkippableFact]
    public async Task ChangeFindingStatus_LogsOldAndNewValue()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Sample,
            [new Finding("CLM1", 1, FindingKinds.Mue, "mue:97110", Severity.High, "97110", "2", "Units over MUE", "MUE")]);
        var finding = Assert.Single(await database.Runs.GetFindingsAsync(run.Id));

        await database.Runs.ChangeFindingStatusAsync(finding.Id, "overturned", "manager@example.org", "Documentation supports 3 units");

        Assert.Equal("overturned", Assert.Single(await database.Runs.GetFindingsAsync(run.Id)).Status);
        await using var context = database.CreateContext();
        var change = Assert.Single(context.FindingChanges);
        Assert.Equal(("open", "overturned", "manager@example.org"), (change.OldValue, change.NewValue, change.ChangedBy));
    }

    [SkippableFact]
    public async Task SaveFrameAndSample_Twice_KeepOneCopyAndRecordSizeSeedAndHash()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        var frame = Enumerable.Range(1, 30).Select(i => new FrameCandidate(i, $"CLM{i:D3}", "C01", "1000000001", "MCR",
            new DateOnly(2026, 1, 1 + i % 28), 100m + i)).ToList();
        SampleItem[] sample = [new("CLM007", 7, 7, 1, "C01", false), new("CLM003", 3, 3, 2, "C01", false), new("CLM021", 21, 21, 3, "C01", true)];

        await database.Runs.SaveFrameAsync(run.Id, frame, "f00d");
        var again = await database.Runs.SaveFrameAsync(run.Id, frame, "f00d");
        await database.Runs.SaveSampleAsync(run.Id, 12345, """{"kind":"simple"}""", sample);
        await database.Runs.SaveSampleAsync(run.Id, 12345, """{"kind":"simple"}""", sample);

        Assert.Equal(0, again.Inserted);
        var stored = await database.Runs.GetRunAsync(run.Id);
        Assert.Equal((30, "f00d", 12345L), (stored!.FrameSize, stored.FrameSha256, stored.Seed));
        var streamed = new List<FrameCandidate>();
        await foreach (var entry in database.Runs.StreamFrameAsync(run.Id)) streamed.Add(entry);
        Assert.Equal(frame, streamed);
        Assert.Equal(sample, await database.Runs.GetSampleAsync(run.Id));
    }

    [SkippableFact]
    public async Task SetStage_ConcurrentWorkersOnDifferentStages_KeepEveryStagesTiming()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        string[] stages = [AuditStages.Frame, AuditStages.Population, AuditStages.Sample, AuditStages.Check, AuditStages.Score, AuditStages.Report];

        // Each call reads the timings JSON and writes it back; unserialised, one worker's write would drop another's stage.
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(stages.Select(stage => Task.Run(() => database.Runs.SetStageAsync(run.Id, stage, RunStatus.Running))));

        Assert.Equal(stages.Order(StringComparer.Ordinal), (await database.Runs.GetRunAsync(run.Id))!.StageTimings.Keys.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task PopulationErrors_CountedPerCoderAndKind_WithoutNoEditData()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        FrameCandidate Entry(int position, string coder) =>
            new(position, $"CLM{position}", coder, "1000000001", "MCR", new DateOnly(2026, 1, position), 100m);
        await database.Runs.SaveFrameAsync(run.Id, [Entry(1, "C01"), Entry(2, "C01"), Entry(3, "C01"), Entry(4, "C02"), Entry(5, "C03")], "f00d");
        Finding Hit(string claim, int line, string kind) =>
            new(claim, line, kind, $"{kind}:{line}", Severity.High, "99214", null, "hit", "test");
        await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Population,
        [
            Hit("CLM1", 1, FindingKinds.Ptp), Hit("CLM1", 2, FindingKinds.Ptp), Hit("CLM1", 1, FindingKinds.Mue),
            Hit("CLM2", 1, FindingKinds.Mue),
            Hit("CLM3", 1, FindingKinds.NoEditData),
            Hit("CLM4", 1, FindingKinds.NoEditData),
        ]);
        // The sample pass of the same run is not counted.
        await database.Runs.SaveFindingsAsync(run.Id, FindingPasses.Sample, [Hit("CLM5", 1, FindingKinds.Ptp)]);

        var counts = await database.Runs.CountErrorClaimsByCoderAsync(run.Id, FindingPasses.Population);
        var flagged = await database.Runs.GetClaimsWithErrorsAsync(run.Id, FindingPasses.Population);

        Assert.Equal(["C01", "C02", "C03"], counts.Select(c => c.CoderId));
        var c01 = counts[0];
        Assert.Equal((3, 2), (c01.FrameClaims, c01.ClaimsWithErrors));
        Assert.Equal([(FindingKinds.Mue, 2), (FindingKinds.Ptp, 1)], c01.ClaimsByKind);
        Assert.Equal((1, 0), (counts[1].FrameClaims, counts[1].ClaimsWithErrors));
        Assert.Empty(counts[1].ClaimsByKind);
        Assert.Equal(0, counts[2].ClaimsWithErrors);
        Assert.Equal(["CLM1", "CLM2"], flagged.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task InFrame_KeepsOnlyTheRunsFrameClaims()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;
        var other = (await database.Runs.TryCreateRunAsync("monthly", "2026-02")).Run;
        await database.Runs.SaveFrameAsync(run.Id, Enumerable.Range(1, 3).Select(i =>
            new FrameCandidate(i, $"CLM{i}", "C01", "1000000001", "MCR", new DateOnly(2026, 1, i), 100m)), "f00d");
        await database.Runs.SaveFrameAsync(other.Id, [new FrameCandidate(1, "CLM9", "C01", "1000000001", "MCR", new DateOnly(2026, 2, 1), 100m)], "beef");

        var inFrame = await database.Runs.InFrameAsync(run.Id, ["CLM1", "CLM3", "CLM4", "CLM9"]);

        Assert.Equal(["CLM1", "CLM3"], inFrame.Order(StringComparer.Ordinal));
        Assert.Empty(await database.Runs.InFrameAsync(run.Id, []));
    }

    [SkippableFact]
    public async Task SetStage_RecordsStageTimingsInUtc()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01", new DateTimeOffset(2026, 2, 1, 6, 0, 0, TimeSpan.FromHours(-6)))).Run;
        var start = target.Clock.GetUtcNow();

        await database.Runs.SetStageAsync(run.Id, AuditStages.Frame, RunStatus.Running);
        target.Clock.Advance(TimeSpan.FromSeconds(90));
        await database.Runs.SetStageAsync(run.Id, AuditStages.Frame, RunStatus.Succeeded);
        var done = await database.Runs.SetStageAsync(run.Id, AuditStages.Done, RunStatus.Succeeded);

        var stored = (await database.Runs.GetRunAsync(run.Id))!;
        Assert.Equal(TimeSpan.FromSeconds(90), stored.StageTimings[AuditStages.Frame].Duration);
        Assert.Equal(start, stored.StartedAt);
        Assert.Equal(done.FinishedAt, stored.FinishedAt);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero), stored.ScheduledFor);
        Assert.Equal(TimeSpan.Zero, stored.ScheduledFor!.Value.Offset);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), stored.PeriodDates);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), RunStore.PeriodDates("2026-Q2"));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), RunStore.PeriodDates("2025"));
    }

    [SkippableFact]
    public async Task ScoresAndReportFiles_SavedTwice_KeepTheLatestOnce()
    {
        var database = await WithPlanAsync();
        var run = (await database.Runs.TryCreateRunAsync("monthly", "2026-01")).Run;

        await database.Runs.SaveScoresAsync(run.Id, """{"accuracy":0.9}""");
        await database.Runs.SaveScoresAsync(run.Id, """{"accuracy":0.95}""");
        await database.Runs.SaveReportFileAsync(run.Id, "pdf", "out/a.pdf", "aa", 10);
        await database.Runs.SaveReportFileAsync(run.Id, "pdf", "out/b.pdf", "bb", 20);
        await database.Runs.SaveReportFileAsync(run.Id, "excel", "out/a.xlsx", "cc", 30);

        Assert.Equal("""{"accuracy":0.95}""", await database.Runs.GetScoresAsync(run.Id));
        var files = await database.Runs.ListReportFilesAsync(run.Id);
        Assert.Equal([("excel", "out/a.xlsx"), ("pdf", "out/b.pdf")], files.Select(f => (f.Kind, f.Path)));
    }

    [SkippableFact]
    public async Task SavePlan_Update_KeepsCreationTimeAndChangesFields()
    {
        var database = await WithPlanAsync();
        target.Clock.Advance(TimeSpan.FromDays(1));

        await database.Plans.SavePlanAsync(Plan with { Active = false, Cron = "0 7 1 * *" });

        var plan = (await database.Plans.GetPlanAsync("monthly"))!;
        Assert.False(plan.Active);
        Assert.Equal("0 7 1 * *", plan.Cron);
        Assert.Equal(TimeSpan.FromDays(1), plan.UpdatedAt - plan.CreatedAt);
        Assert.Empty(await database.Plans.ListPlansAsync(activeOnly: true));
    }

    public void Dispose()
    {
        target.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class RunStoreTestsOnSqlite() : RunStoreTests(new SqliteTarget());

[Collection(PostgresCollection.Name)]
public sealed class RunStoreTestsOnPostgres(PostgresFixture fixture) : RunStoreTests(new PostgresTarget(fixture));
