using System.Collections.Concurrent;
using System.Text.Json;
using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.Sampling;
using CodingAudit.Domain.Scoring;
using CodingAudit.Ingest.Plans;
using CodingAudit.Persistence;
using CodingAudit.Persistence.Audits;
using CodingAudit.Persistence.Claims;
using AuditPlan = CodingAudit.Domain.Audits.AuditPlan;
using StoredSampleItem = CodingAudit.Persistence.Audits.SampleItem;

namespace CodingAudit.Jobs.Pipeline;

/// <summary>
/// The pipeline's use cases over the database. Each stage re-reads the run and does only what is missing, so a stage
/// re-run after a crash or a duplicate delivery changes nothing that was already stored.
/// </summary>
public sealed class AuditRunStages(
    AuditDatabase database,
    IClaimCheck edits,
    IReadOnlyList<IClaimCheck> sampleChecks,
    IRunReportRenderer renderer,
    PipelineSettings settings,
    Func<IReadOnlyDictionary<string, string>> referenceVersions,
    TimeProvider clock) : IAuditStages
{
    public const string PopulationPass = "population";
    public const string SamplePass = "sample";

    private readonly ConcurrentDictionary<long, IReadOnlyList<(DateOnly From, DateOnly To)>> populationShards = new();

    private RunStore Runs => database.Runs;
    private ClaimStore Claims => database.Claims;

    public async Task<ShardedStage> FreezeFrameAsync(long runId, CancellationToken cancel)
    {
        var (run, plan, period) = await LoadAsync(runId, cancel);
        if (run.FrameSha256 is null)
        {
            await Runs.SetStageAsync(runId, AuditStages.Frame, RunStatus.Running, cancel: cancel);
            var candidates = new List<FrameCandidate>();
            await foreach (var candidate in Claims.StreamFrameAsync(period.Start, period.End.AddDays(-1), FilterOf(plan.Scope), cancel))
                candidates.Add(candidate);
            // The plan's documented ordering decides positions, whatever order the database returned.
            var frame = SamplingFrame.Renumber(candidates.Select(ToFrameItem), plan.FrameOrdering);
            var entries = frame.Items.Select(i => new FrameCandidate(i.Position, i.ClaimId, i.CoderId, i.ProviderNpi, i.PayerId, i.ServiceDate, i.Amount));
            await Runs.SaveFrameAsync(runId, entries, frame.Hash, cancel);
            await Runs.SetRunVersionsAsync(runId, settings.ProgramVersion, JsonSerializer.Serialize(referenceVersions()), cancel);
            await Runs.SetStageAsync(runId, AuditStages.Frame, RunStatus.Succeeded, cancel: cancel);
        }
        var shards = await PendingAsync(runId, AuditStages.Population, (await PopulationShardsAsync(runId, cancel)).Count, cancel);
        if (shards.Pending.Count > 0) await Runs.SetStageAsync(runId, AuditStages.Population, RunStatus.Running, cancel: cancel);
        return shards;
    }

    public async Task<bool> CheckPopulationShardAsync(long runId, int shard, CancellationToken cancel)
    {
        var (_, plan, _) = await LoadAsync(runId, cancel);
        var shards = await PopulationShardsAsync(runId, cancel);
        var (from, to) = shards[shard];
        // The shard's days are read as they are now; claims imported after the frame was frozen are left out.
        var claims = new List<ClaimForReview>();
        var page = new List<ClaimForReview>(ClaimStore.PageSize);
        async Task KeepFrameClaimsAsync()
        {
            var inFrame = await Runs.InFrameAsync(runId, page.Select(c => c.Claim.Id).ToList(), cancel);
            claims.AddRange(page.Where(c => inFrame.Contains(c.Claim.Id)));
            page.Clear();
        }
        // Payer edits read codes, units, modifiers and the patient, never the note: leave the notes in the database.
        await foreach (var claim in Claims.StreamClaimsForReviewAsync(from, to, FilterOf(plan.Scope), withNotes: false, cancel))
        {
            page.Add(claim);
            if (page.Count == ClaimStore.PageSize) await KeepFrameClaimsAsync();
        }
        await KeepFrameClaimsAsync();
        var findings = new List<Finding>();
        foreach (var group in claims.GroupBy(c => (c.Claim.PatientId, c.Claim.ProviderNpi, c.Claim.ServiceDate)))
        {
            var sameDay = group.ToList();
            foreach (var claim in sameDay)
                findings.AddRange(edits.Check(claim, sameDay.Where(c => !ReferenceEquals(c, claim)).ToList()));
        }
        await Runs.SaveFindingsAsync(runId, PopulationPass, findings, cancel);
        var last = await Runs.MarkShardDoneAsync(runId, AuditStages.Population, shard, shards.Count, cancel);
        if (last) await Runs.SetStageAsync(runId, AuditStages.Population, RunStatus.Succeeded, cancel: cancel);
        return last;
    }

    public async Task<ShardedStage> DrawSampleAsync(long runId, CancellationToken cancel)
    {
        var (run, plan, period) = await LoadAsync(runId, cancel);
        var stored = await Runs.GetSampleAsync(runId, cancel);
        if (stored.Count == 0)
        {
            await Runs.SetStageAsync(runId, AuditStages.Sample, RunStatus.Running, cancel: cancel);
            var frame = await FrameAsync(runId, plan, withClaims: plan.Design.IsJudgment, cancel);
            if (frame.Hash != run.FrameSha256)
                throw new InvalidOperationException($"run {runId}: the frame no longer matches its frozen hash {run.FrameSha256}; claims changed after the frame was frozen");
            var flagged = await FlaggedAsync(runId, cancel);
            var seed = plan.SeedFor(period);
            var sample = Sampler.Draw(frame, plan.Design, seed, flagged);
            var items = sample.Items.Concat(sample.Spares).Select(i =>
                new StoredSampleItem(i.ClaimId, i.FramePosition, i.RandomNumber ?? 0, i.SelectionOrder, i.Stratum ?? "", i.IsSpare));
            await Runs.SaveSampleAsync(runId, (long)decimal.Truncate(seed), AuditPlanFile.ToJson(plan), items, cancel);
            stored = await Runs.GetSampleAsync(runId, cancel);
            await Runs.SetStageAsync(runId, AuditStages.Sample, RunStatus.Succeeded, cancel: cancel);
        }
        var shards = await PendingAsync(runId, AuditStages.Check, SampleShards(stored).Count, cancel);
        if (shards.Pending.Count > 0) await Runs.SetStageAsync(runId, AuditStages.Check, RunStatus.Running, cancel: cancel);
        return shards;
    }

    /// <summary>The stage's shards that have not finished (all of them the first time round).</summary>
    private async Task<ShardedStage> PendingAsync(long runId, string stage, int total, CancellationToken cancel)
    {
        var finished = await Runs.GetFinishedShardsAsync(runId, stage, cancel);
        return new ShardedStage(total, Enumerable.Range(0, total).Where(s => !finished.Contains(s)).ToList());
    }

    public async Task<bool> CheckSampleShardAsync(long runId, int shard, CancellationToken cancel)
    {
        var shards = SampleShards(await Runs.GetSampleAsync(runId, cancel));
        var reviews = await Claims.GetClaimsForReviewAsync(shards[shard], cancel);
        var findings = new List<Finding>();
        foreach (var review in reviews)
        {
            var sameDay = await Claims.GetSameDayClaimsAsync(review.Claim, cancel);
            foreach (var check in sampleChecks) findings.AddRange(check.Check(review, sameDay));
        }
        await Runs.SaveFindingsAsync(runId, SamplePass, findings, cancel);
        var last = await Runs.MarkShardDoneAsync(runId, AuditStages.Check, shard, shards.Count, cancel);
        if (last) await Runs.SetStageAsync(runId, AuditStages.Check, RunStatus.Succeeded, cancel: cancel);
        return last;
    }

    public async Task AggregateAsync(long runId, CancellationToken cancel)
    {
        await Runs.SetStageAsync(runId, AuditStages.Score, RunStatus.Running, cancel: cancel);
        var (_, plan, _) = await LoadAsync(runId, cancel);
        var (reviewed, findings) = await ReviewedAsync(runId, cancel);
        var scores = Score(plan, reviewed, findings);
        await Runs.SaveScoresAsync(runId, JsonSerializer.Serialize(ScoreSummary.From(scores)), cancel);
        await Runs.SetStageAsync(runId, AuditStages.Score, RunStatus.Succeeded, cancel: cancel);
    }

    public async Task RenderAsync(long runId, CancellationToken cancel)
    {
        await Runs.SetStageAsync(runId, AuditStages.Report, RunStatus.Running, cancel: cancel);
        var (run, plan, period) = await LoadAsync(runId, cancel);
        var frame = await FrameAsync(runId, plan, withClaims: plan.Design.IsJudgment, cancel);
        var sample = await RedrawAsync(runId, plan, period, frame, cancel);
        var (reviewed, findings) = await ReviewedAsync(runId, cancel);
        var scores = Score(plan, reviewed, findings);
        var input = new RunReportInput(runId, plan, period, frame, sample, reviewed, findings, scores,
            await Claims.ListCodersAsync(cancel), await PopulationHitsAsync(runId, cancel),
            await TrendAsync(run, scores, cancel), ReadVersions(run.ReferenceVersions), run.ProgramVersion ?? settings.ProgramVersion,
            clock.GetUtcNow());
        var folder = Path.Combine(settings.ReportsFolder, Safe(plan.Id), period.Label);
        Directory.CreateDirectory(folder);
        foreach (var file in await renderer.RenderAsync(input, folder, cancel))
        {
            var info = new FileInfo(file.Path);
            await Runs.SaveReportFileAsync(runId, file.Kind, info.FullName, await Sha256Async(info.FullName, cancel), info.Length, cancel);
        }
        await Runs.SetStageAsync(runId, AuditStages.Report, RunStatus.Succeeded, cancel: cancel);
    }

    public async Task PublishAsync(long runId, CancellationToken cancel)
    {
        var files = await Runs.ListReportFilesAsync(runId, cancel);
        foreach (var file in files.Where(f => !File.Exists(f.Path)))
            throw new InvalidOperationException($"run {runId}: report {file.Kind} is missing at {file.Path}");
        await Runs.SetStageAsync(runId, AuditStages.Done, RunStatus.Succeeded, cancel: cancel);
    }

    public async Task RecordFailureAsync(long runId, string stage, string error, CancellationToken cancel)
    {
        var run = await Runs.GetRunAsync(runId, cancel);
        if (run is null) return;
        await Runs.SetStageAsync(runId, run.Stage, RunStatus.Failed, $"{stage}: {error}", cancel);
    }

    private async Task<(AuditRun Run, AuditPlan Plan, AuditPeriod Period)> LoadAsync(long runId, CancellationToken cancel)
    {
        var run = await Runs.GetRunAsync(runId, cancel) ?? throw new InvalidOperationException($"no audit run {runId}");
        var stored = await database.Plans.GetPlanAsync(run.PlanId, cancel)
                     ?? throw new InvalidOperationException($"run {runId}: plan {run.PlanId} no longer exists");
        var plan = AuditPlanFile.Parse(stored.Definition, $"plan {stored.Id}");
        return (run, plan, AuditPeriod.Parse(run.Period));
    }

    /// <summary>Shards of the population pass: whole service dates, about <see cref="PipelineSettings.PopulationShardSize"/>
    /// claims each, worked out from per-date counts. A frozen frame never changes, so each process works a run's
    /// shards out once instead of grouping the whole frame again in every shard job.</summary>
    private async Task<IReadOnlyList<(DateOnly From, DateOnly To)>> PopulationShardsAsync(long runId, CancellationToken cancel)
    {
        if (populationShards.TryGetValue(runId, out var known)) return known;
        var shards = await ComputePopulationShardsAsync(runId, cancel);
        populationShards[runId] = shards;
        return shards;
    }

    private async Task<IReadOnlyList<(DateOnly From, DateOnly To)>> ComputePopulationShardsAsync(long runId, CancellationToken cancel)
    {
        var shards = new List<(DateOnly, DateOnly)>();
        DateOnly? from = null;
        DateOnly to = default;
        var claims = 0;
        foreach (var (date, count) in await Runs.GetFrameDateCountsAsync(runId, cancel))
        {
            if (from is not null && claims >= settings.PopulationShardSize)
            {
                shards.Add((from.Value, to));
                from = null;
                claims = 0;
            }
            from ??= date;
            to = date;
            claims += count;
        }
        if (from is not null) shards.Add((from.Value, to));
        return shards;
    }

    private IReadOnlyList<string[]> SampleShards(IReadOnlyList<StoredSampleItem> sample) =>
        sample.Where(i => !i.IsSpare).OrderBy(i => i.FramePosition).Select(i => i.ClaimId)
            .Chunk(settings.SampleShardSize).ToList();

    private async Task<SamplingFrame> FrameAsync(long runId, AuditPlan plan, bool withClaims, CancellationToken cancel)
    {
        var entries = new List<FrameCandidate>();
        await foreach (var entry in Runs.StreamFrameAsync(runId, cancel)) entries.Add(entry);
        if (!withClaims) return SamplingFrame.FromItems(entries.Select(ToFrameItem), plan.FrameOrdering);
        // Targeted designs read codes and modifiers, so the frame is rebuilt from the claims; its hash must still match.
        var claims = await Claims.GetClaimsForReviewAsync(entries.Select(e => e.ClaimId), cancel);
        var amounts = entries.ToDictionary(e => e.ClaimId, e => e.Amount, StringComparer.Ordinal);
        return SamplingFrame.FromClaims(claims.Select(c => c.Claim), plan.FrameOrdering, c => amounts[c.Id]);
    }

    /// <summary>
    /// Draws the sample again from the frozen frame and seed (RAT-STATS is deterministic) to recover its strata for
    /// the report, and checks it against the stored sample: a mismatch means the stored audit cannot be reproduced.
    /// </summary>
    private async Task<Sample> RedrawAsync(long runId, AuditPlan plan, AuditPeriod period, SamplingFrame frame, CancellationToken cancel)
    {
        var flagged = await FlaggedAsync(runId, cancel);
        var sample = Sampler.Draw(frame, plan.Design, plan.SeedFor(period), flagged);
        var stored = (await Runs.GetSampleAsync(runId, cancel)).Select(i => (i.ClaimId, i.IsSpare)).Order().ToList();
        var redrawn = sample.Items.Concat(sample.Spares).Select(i => (i.ClaimId, i.IsSpare)).Order().ToList();
        if (!stored.SequenceEqual(redrawn))
            throw new InvalidOperationException($"run {runId}: re-drawing the sample from seed {sample.Seed} does not give the stored sample");
        return sample;
    }

    private Task<HashSet<string>> FlaggedAsync(long runId, CancellationToken cancel) =>
        Runs.GetClaimsWithErrorsAsync(runId, PopulationPass, cancel);

    private async Task<(IReadOnlyList<ClaimForReview> Reviewed, IReadOnlyList<Finding> Findings)> ReviewedAsync(long runId, CancellationToken cancel)
    {
        var sample = await Runs.GetSampleAsync(runId, cancel);
        var reviewed = await Claims.GetClaimsForReviewAsync(sample.Where(i => !i.IsSpare).Select(i => i.ClaimId), cancel);
        var findings = (await Runs.GetFindingsAsync(runId, SamplePass, cancel))
            .Where(f => f.Status != "overturned").Select(f => f.Finding).ToList();
        return (reviewed, findings);
    }

    private static ScoringResult Score(AuditPlan plan, IReadOnlyList<ClaimForReview> reviewed, IReadOnlyList<Finding> findings) =>
        AccuracyScorer.Score(reviewed.Select(r => r.Claim).ToList(), findings, c => c.TotalCharge,
            new ScoringOptions(target: plan.AccuracyTarget));

    private async Task<IReadOnlyList<CoderEditHits>> PopulationHitsAsync(long runId, CancellationToken cancel) =>
        (await Runs.CountErrorClaimsByCoderAsync(runId, PopulationPass, cancel))
        .Select(c => new CoderEditHits(c.CoderId, c.FrameClaims, c.ClaimsWithErrors,
            c.ClaimsByKind.Select(k => new CategoryHits(k.Kind, k.Claims)).ToList()))
        .ToList();

    /// <summary>Record accuracy per coder over this plan's earlier finished runs (up to 11) and this one.</summary>
    private async Task<IReadOnlyList<CoderTrendPoint>> TrendAsync(AuditRun run, ScoringResult current, CancellationToken cancel)
    {
        var points = new List<CoderTrendPoint>();
        var earlier = (await Runs.ListRunsAsync(run.PlanId, cancel))
            .Where(r => r.Id != run.Id && string.CompareOrdinal(r.Period, run.Period) < 0)
            .OrderByDescending(r => r.Period, StringComparer.Ordinal).Take(11);
        foreach (var previous in earlier)
        {
            var json = await Runs.GetScoresAsync(previous.Id, cancel);
            if (json is null) continue;
            var summary = JsonSerializer.Deserialize<ScoreSummary>(json);
            if (summary is null) continue;
            points.AddRange(summary.Coders.Select(c => new CoderTrendPoint(c.CoderId, previous.Period, c.RecordAccuracy, c.ClaimsReviewed)));
        }
        points.AddRange(current.ByCoder.Select(c => new CoderTrendPoint(c.Key, run.Period, c.Records.Rate, c.ClaimsReviewed)));
        return points.OrderBy(p => p.CoderId, StringComparer.Ordinal).ThenBy(p => p.Period, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyDictionary<string, string> ReadVersions(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>();

    private static ClaimFilter FilterOf(AuditScope scope) => new()
    {
        CoderIds = scope.Coders.Count > 0 ? scope.Coders : null,
        ProviderNpis = scope.Providers.Count > 0 ? scope.Providers : null,
        PayerIds = scope.Payers.Count > 0 ? scope.Payers : null,
        ClaimTypes = scope.ClaimTypes.Count > 0 ? scope.ClaimTypes : null,
    };

    private static FrameItem ToFrameItem(FrameCandidate c) =>
        new(c.Position, c.ClaimId, c.ServiceDate, c.CoderId, c.ProviderNpi, c.PayerId, ClaimType.Professional, c.Amount);

    private static string Safe(string name) => string.Concat(name.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_'));

    private static async Task<string> Sha256Async(string path, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancel));
    }
}
