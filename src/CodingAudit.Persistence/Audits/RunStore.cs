using System.Globalization;
using CodingAudit.Domain.Findings;
using CodingAudit.Persistence.Bulk;
using CodingAudit.Persistence.Claims;
using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Audits;

/// <summary>
/// The storage primitives of the audit pipeline. Every write is safe to repeat: a stage re-run after a crash
/// inserts nothing twice (frame, sample and findings are insert-if-absent by key; scores and report files replace).
/// </summary>
public sealed class RunStore(AuditDatabase database)
{
    private const int Batch = 10_000;

    private static readonly BulkTable<(long RunId, FrameCandidate Entry)> FrameTable = new("frame_entries",
        new("run_id", BulkType.Long, f => f.RunId),
        new("position", BulkType.Int, f => f.Entry.Position),
        new("claim_id", BulkType.Text, f => f.Entry.ClaimId),
        new("coder_id", BulkType.Text, f => f.Entry.CoderId),
        new("provider_npi", BulkType.Text, f => f.Entry.ProviderNpi),
        new("payer_id", BulkType.Text, f => f.Entry.PayerId),
        new("service_date", BulkType.Date, f => f.Entry.ServiceDate),
        new("amount", BulkType.Money, f => f.Entry.Amount));

    private static readonly BulkTable<(long RunId, SampleItem Item)> SampleTable = new("sample_items",
        new("run_id", BulkType.Long, s => s.RunId),
        new("claim_id", BulkType.Text, s => s.Item.ClaimId),
        new("frame_position", BulkType.Int, s => s.Item.FramePosition),
        new("random_value", BulkType.Long, s => s.Item.RandomValue),
        new("selection_order", BulkType.Int, s => s.Item.SelectionOrder),
        new("stratum", BulkType.Text, s => s.Item.Stratum),
        new("is_spare", BulkType.Bool, s => s.Item.IsSpare));

    private static readonly BulkTable<(long RunId, string Pass, Finding Finding)> FindingTable = new("findings",
        new("run_id", BulkType.Long, f => f.RunId),
        new("pass", BulkType.Text, f => f.Pass),
        new("claim_id", BulkType.Text, f => f.Finding.ClaimId),
        new("line_number", BulkType.Int, f => f.Finding.Line ?? 0),
        new("kind", BulkType.Text, f => f.Finding.Kind),
        new("rule_id", BulkType.Text, f => f.Finding.RuleId),
        new("category", BulkType.Text, f => f.Finding.Category),
        new("severity", BulkType.Int, f => (int)f.Finding.Severity),
        new("code", BulkType.Text, f => f.Finding.Code),
        new("expected", BulkType.Text, f => f.Finding.Expected),
        new("message", BulkType.Text, f => f.Finding.Message),
        new("citation", BulkType.Text, f => f.Finding.Citation),
        new("amount", BulkType.Money, f => f.Finding.Amount),
        new("evidence_text", BulkType.Text, f => f.Finding.Evidence?.Text),
        new("evidence_start", BulkType.Int, f => f.Finding.Evidence?.Start),
        new("evidence_end", BulkType.Int, f => f.Finding.Evidence?.End),
        new("status", BulkType.Text, _ => "open"));

    /// <summary>
    /// The run of <paramref name="planId"/> for <paramref name="period"/> ("YYYY-MM"): created by this call, or the
    /// one that already exists. The unique (plan_id, period) index decides, so two schedulers or workers racing for
    /// the same period get the same run and exactly one of them sees <see cref="RunCreation.Created"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The period is not YYYY-MM.</exception>
    /// <exception cref="InvalidOperationException">No plan with that id.</exception>
    public async Task<RunCreation> TryCreateRunAsync(string planId, string period, DateTimeOffset? scheduledFor = null,
        CancellationToken cancel = default)
    {
        PeriodDates(period);
        await using var connection = await database.OpenConnectionAsync(cancel);
        var plan = await Sql.ScalarAsync(connection, null, "SELECT id FROM audit_plans WHERE id = @plan", cancel, ("@plan", planId));
        if (plan is null) throw new InvalidOperationException($"no audit plan '{planId}'");
        var id = await Sql.ScalarAsync(connection, null,
            "INSERT INTO audit_runs (plan_id, period, stage, status, scheduled_for, created_at, stage_timings) " +
            "VALUES (@plan, @period, @stage, @status, @scheduled, @now, '{}') ON CONFLICT (plan_id, period) DO NOTHING RETURNING id",
            cancel, ("@plan", planId), ("@period", period), ("@stage", AuditStages.Created), ("@status", RunStatus.Pending),
            ("@scheduled", scheduledFor), ("@now", database.Time.GetUtcNow()));
        var run = await FindRunAsync(planId, period, cancel) ?? throw new InvalidOperationException("run vanished after insert");
        return new RunCreation(run, id is not null);
    }

    public async Task<AuditRun?> GetRunAsync(long runId, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var row = await context.AuditRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancel);
        return row is null ? null : AuditRun.From(row);
    }

    public async Task<AuditRun?> FindRunAsync(string planId, string period, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var row = await context.AuditRuns.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == planId && r.Period == period, cancel);
        return row is null ? null : AuditRun.From(row);
    }

    /// <summary>Runs, newest first, optionally of one plan.</summary>
    public async Task<IReadOnlyList<AuditRun>> ListRunsAsync(string? planId = null, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var query = context.AuditRuns.AsNoTracking();
        if (planId is not null) query = query.Where(r => r.PlanId == planId);
        return (await query.OrderByDescending(r => r.Id).ToListAsync(cancel)).Select(AuditRun.From).ToList();
    }

    /// <summary>
    /// Moves a run to <paramref name="stage"/> with <paramref name="status"/> and records timings: "running" stamps
    /// the stage's start (and the run's, the first time), "succeeded" or "failed" its end; stage "done" or status
    /// "failed" also ends the run. <paramref name="error"/> is kept on failure.
    /// </summary>
    public async Task<AuditRun> SetStageAsync(long runId, string stage, string status, string? error = null,
        CancellationToken cancel = default)
    {
        var now = database.Time.GetUtcNow();
        await using var context = database.CreateContext();
        // Timings are one JSON value, so the read-modify-write below must not interleave with another worker's: the
        // no-op update takes the run's row lock first (PostgreSQL), and the transaction is a writing one from its
        // start on SQLite (BEGIN IMMEDIATE), so the read sees every earlier committed change.
        await using var transaction = await context.Database.BeginTransactionAsync(cancel);
        await context.AuditRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, r => r.Stage), cancel);
        var row = await context.AuditRuns.FirstOrDefaultAsync(r => r.Id == runId, cancel)
                  ?? throw new InvalidOperationException($"no audit run {runId}");
        var timings = new Dictionary<string, StageTiming>(StageTiming.Parse(row.StageTimings), StringComparer.Ordinal);
        if (status == RunStatus.Running)
        {
            timings[stage] = new StageTiming(now, null);
            row.StartedAt ??= now;
            row.FinishedAt = null;
            row.Error = null;
        }
        else if (status is RunStatus.Succeeded or RunStatus.Failed)
        {
            timings[stage] = timings.TryGetValue(stage, out var started) ? started with { Finished = now } : new StageTiming(now, now);
        }
        if (stage == AuditStages.Done || status == RunStatus.Failed) row.FinishedAt = now;
        if (status == RunStatus.Failed) row.Error = error;
        row.Stage = stage;
        row.Status = status;
        row.StageTimings = StageTiming.Write(timings);
        await context.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return AuditRun.From(row);
    }

    /// <summary>Records the program and reference-data versions a run used.</summary>
    public async Task SetRunVersionsAsync(long runId, string programVersion, string referenceVersionsJson, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        await context.AuditRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.ProgramVersion, programVersion)
            .SetProperty(r => r.ReferenceVersions, referenceVersionsJson), cancel);
    }

    /// <summary>
    /// Stores the frozen frame (insert-if-absent by position) and its size and hash on the run. Counts are of entries.
    /// </summary>
    public async Task<ImportCounts> SaveFrameAsync(long runId, IEnumerable<FrameCandidate> entries, string frameSha256,
        CancellationToken cancel = default)
    {
        // Analysed afterwards: the population pass looks frame claims up by id at once, before autovacuum would.
        var counts = await BulkWriter.LoadAsync(database, FrameTable, entries.Select(e => (runId, e)), Batch, cancel, analyze: true);
        await using var context = database.CreateContext();
        var size = await context.FrameEntries.CountAsync(f => f.RunId == runId, cancel);
        await context.AuditRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.FrameSize, size)
            .SetProperty(r => r.FrameSha256, frameSha256), cancel);
        return counts;
    }

    /// <summary>A run's frame in position order, streamed.</summary>
    public async IAsyncEnumerable<FrameCandidate> StreamFrameAsync(long runId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = context.FrameEntries.AsNoTracking().Where(f => f.RunId == runId).OrderBy(f => f.Position).AsAsyncEnumerable();
        await foreach (var f in rows.WithCancellation(cancel))
            yield return new FrameCandidate(f.Position, f.ClaimId, f.CoderId, f.ProviderNpi, f.PayerId, f.ServiceDate, f.Amount);
    }

    /// <summary>How many frame claims fall on each date of service, in date order (for splitting work by whole days).</summary>
    public async Task<IReadOnlyList<(DateOnly Date, int Claims)>> GetFrameDateCountsAsync(long runId, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.FrameEntries.AsNoTracking().Where(f => f.RunId == runId)
            .GroupBy(f => f.ServiceDate).Select(g => new { Date = g.Key, Claims = g.Count() }).ToListAsync(cancel);
        return rows.OrderBy(r => r.Date).Select(r => (r.Date, r.Claims)).ToList();
    }

    /// <summary>Which of <paramref name="claimIds"/> are in the run's frame (an index lookup per id, however big the frame).</summary>
    public async Task<HashSet<string>> InFrameAsync(long runId, IReadOnlyCollection<string> claimIds, CancellationToken cancel = default)
    {
        if (claimIds.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        await using var context = database.CreateContext();
        var ids = await context.FrameEntries.AsNoTracking()
            .Where(f => f.RunId == runId && claimIds.Contains(f.ClaimId)).Select(f => f.ClaimId).ToListAsync(cancel);
        return new HashSet<string>(ids, StringComparer.Ordinal);
    }

    /// <summary>Stores the drawn sample (insert-if-absent by claim) with the seed and design JSON that produced it.</summary>
    public async Task<ImportCounts> SaveSampleAsync(long runId, long seed, string designJson, IEnumerable<SampleItem> items,
        CancellationToken cancel = default)
    {
        var counts = await BulkWriter.LoadAsync(database, SampleTable, items.Select(i => (runId, i)), Batch, cancel);
        await using var context = database.CreateContext();
        await context.AuditRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Seed, seed)
            .SetProperty(r => r.Design, designJson), cancel);
        return counts;
    }

    /// <summary>The sample in selection order (spares last).</summary>
    public async Task<IReadOnlyList<SampleItem>> GetSampleAsync(long runId, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.SampleItems.AsNoTracking().Where(s => s.RunId == runId)
            .OrderBy(s => s.IsSpare).ThenBy(s => s.SelectionOrder).ThenBy(s => s.ClaimId).ToListAsync(cancel);
        return rows.Select(s => new SampleItem(s.ClaimId, s.FramePosition, s.RandomValue, s.SelectionOrder, s.Stratum, s.IsSpare)).ToList();
    }

    /// <summary>
    /// Inserts findings that are not there yet by finding key (run, pass, claim, kind, rule, line, code); a re-run
    /// shard therefore adds nothing. Returns read and inserted counts.
    /// </summary>
    public Task<ImportCounts> SaveFindingsAsync(long runId, string pass, IEnumerable<Finding> findings,
        CancellationToken cancel = default) =>
        BulkWriter.LoadAsync(database, FindingTable, findings.Select(f => (runId, pass, f)), Batch, cancel);

    /// <summary>A run's findings ordered by claim, line and kind; <paramref name="pass"/> null means both passes.</summary>
    public async Task<IReadOnlyList<StoredFinding>> GetFindingsAsync(long runId, string? pass = null, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var query = context.Findings.AsNoTracking().Where(f => f.RunId == runId);
        if (pass is not null) query = query.Where(f => f.Pass == pass);
        var rows = await query.OrderBy(f => f.ClaimId).ThenBy(f => f.LineNumber).ThenBy(f => f.Kind).ThenBy(f => f.Id).ToListAsync(cancel);
        return rows.Select(f => new StoredFinding(f.Id, f.Pass, f.Status, new Finding(f.ClaimId,
            f.LineNumber == 0 ? null : f.LineNumber, f.Kind, f.RuleId, (Severity)f.Severity, f.Code, f.Expected,
            f.Message, f.Citation, f.Amount,
            f.EvidenceText is null ? null : new Evidence(f.EvidenceText, f.EvidenceStart ?? -1, f.EvidenceEnd ?? -1),
            f.Category))).ToList();
    }

    /// <summary>
    /// The distinct claims with at least one error finding in <paramref name="pass"/> (<c>no-edit-data</c> is not an
    /// error, as in <see cref="Finding.IsError"/>), streamed: a full-population pass can hold millions of findings.
    /// </summary>
    public async Task<HashSet<string>> GetClaimsWithErrorsAsync(long runId, string pass, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var ids = ErrorFindings(context, runId, pass).Select(f => f.ClaimId).Distinct().AsAsyncEnumerable();
        var claims = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in ids.WithCancellation(cancel)) claims.Add(id);
        return claims;
    }

    /// <summary>
    /// Per coder of the run's frame: the frame's claims, those with an error finding in <paramref name="pass"/>, and
    /// those per finding kind. Counted by the database, so no finding is read into memory.
    /// </summary>
    public async Task<IReadOnlyList<CoderFindingCounts>> CountErrorClaimsByCoderAsync(long runId, string pass,
        CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var frame = await context.FrameEntries.AsNoTracking().Where(e => e.RunId == runId)
            .GroupBy(e => e.CoderId).Select(g => new { CoderId = g.Key, Claims = g.Count() }).ToListAsync(cancel);
        var errors =
            from f in ErrorFindings(context, runId, pass)
            join e in context.FrameEntries on new { f.RunId, f.ClaimId } equals new { e.RunId, e.ClaimId }
            select new { e.CoderId, f.Kind, f.ClaimId };
        var withErrors = (await errors.GroupBy(x => x.CoderId)
                .Select(g => new { CoderId = g.Key, Claims = g.Select(x => x.ClaimId).Distinct().Count() }).ToListAsync(cancel))
            .ToDictionary(x => x.CoderId, x => x.Claims, StringComparer.Ordinal);
        var byKind = (await errors.GroupBy(x => new { x.CoderId, x.Kind })
                .Select(g => new { g.Key.CoderId, g.Key.Kind, Claims = g.Select(x => x.ClaimId).Distinct().Count() }).ToListAsync(cancel))
            .ToLookup(x => x.CoderId, StringComparer.Ordinal);
        return frame.OrderBy(c => c.CoderId, StringComparer.Ordinal).Select(c => new CoderFindingCounts(c.CoderId, c.Claims,
                withErrors.GetValueOrDefault(c.CoderId),
                byKind[c.CoderId].OrderBy(k => k.Kind, StringComparer.Ordinal).Select(k => (k.Kind, k.Claims)).ToList()))
            .ToList();
    }

    private static IQueryable<FindingRow> ErrorFindings(AuditDbContext context, long runId, string pass) =>
        context.Findings.AsNoTracking().Where(f => f.RunId == runId && f.Pass == pass && f.Kind != FindingKinds.NoEditData);

    /// <summary>
    /// Records that shard <paramref name="shardNumber"/> of a sharded stage finished, and returns true for exactly one
    /// call per run and stage: the one whose shard brought the count of distinct finished shards to
    /// <paramref name="totalShards"/>. Repeating a shard (a retried job) returns false and counts nothing.
    /// </summary>
    /// <remarks>
    /// One transaction: insert the counter row if absent, insert the shard row if absent, and only if that inserted
    /// a row, increment the counter and read it back (UPDATE ... RETURNING). PostgreSQL serialises the increments on
    /// the counter's row lock; SQLite serialises writing transactions (BEGIN IMMEDIATE).
    /// </remarks>
    public async Task<bool> MarkShardDoneAsync(long runId, string stage, int shardNumber, int totalShards,
        CancellationToken cancel = default)
    {
        if (totalShards < 1) throw new ArgumentOutOfRangeException(nameof(totalShards), totalShards, "A stage has at least one shard.");
        if (shardNumber < 0 || shardNumber >= totalShards)
            throw new ArgumentOutOfRangeException(nameof(shardNumber), shardNumber, $"Shards are numbered 0 to {totalShards - 1}.");
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO stage_counters (run_id, stage, shards_total, shards_done) VALUES (@run, @stage, @total, 0) ON CONFLICT DO NOTHING",
            cancel, ("@run", runId), ("@stage", stage), ("@total", totalShards));
        var inserted = await Sql.ExecuteAsync(connection, transaction,
            "INSERT INTO shard_progress (run_id, stage, shard_number, completed_at) VALUES (@run, @stage, @shard, @now) ON CONFLICT DO NOTHING",
            cancel, ("@run", runId), ("@stage", stage), ("@shard", shardNumber), ("@now", database.Time.GetUtcNow()));
        if (inserted == 0)
        {
            await transaction.CommitAsync(cancel);
            return false;
        }
        await using var update = Sql.Command(connection, transaction,
            "UPDATE stage_counters SET shards_done = shards_done + 1 WHERE run_id = @run AND stage = @stage RETURNING shards_done, shards_total",
            ("@run", runId), ("@stage", stage));
        int done, total;
        await using (var reader = await update.ExecuteReaderAsync(cancel))
        {
            await reader.ReadAsync(cancel);
            done = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            total = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        await transaction.CommitAsync(cancel);
        return done == total;
    }

    /// <summary>The numbers of a stage's shards that have finished.</summary>
    public async Task<IReadOnlySet<int>> GetFinishedShardsAsync(long runId, string stage, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var shards = await context.ShardProgress.AsNoTracking().Where(s => s.RunId == runId && s.Stage == stage)
            .Select(s => s.ShardNumber).ToListAsync(cancel);
        return shards.ToHashSet();
    }

    /// <summary>Finished and total shards of a stage; (0, 0) before any shard finished.</summary>
    public async Task<(int Done, int Total)> GetShardProgressAsync(long runId, string stage, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var row = await context.StageCounters.AsNoTracking().FirstOrDefaultAsync(s => s.RunId == runId && s.Stage == stage, cancel);
        return row is null ? (0, 0) : (row.ShardsDone, row.ShardsTotal);
    }

    /// <summary>Stores (or replaces) a run's aggregated scores.</summary>
    public async Task SaveScoresAsync(long runId, string scoresJson, CancellationToken cancel = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO run_scores (run_id, scores, computed_at) VALUES (@run, @scores, @now) " +
            "ON CONFLICT (run_id) DO UPDATE SET scores = excluded.scores, computed_at = excluded.computed_at",
            cancel, ("@run", runId), ("@scores", scoresJson), ("@now", database.Time.GetUtcNow()));
    }

    public async Task<string?> GetScoresAsync(long runId, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        return await context.RunScores.AsNoTracking().Where(s => s.RunId == runId).Select(s => s.Scores).FirstOrDefaultAsync(cancel);
    }

    /// <summary>Records (or replaces) the published file of one kind for a run; call it after the file is moved into place.</summary>
    public async Task SaveReportFileAsync(long runId, string kind, string path, string sha256, long size, CancellationToken cancel = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        await Sql.ExecuteAsync(connection, null,
            "INSERT INTO report_files (run_id, kind, path, sha256, size, created_at) VALUES (@run, @kind, @path, @sha, @size, @now) " +
            "ON CONFLICT (run_id, kind) DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, size = excluded.size, created_at = excluded.created_at",
            cancel, ("@run", runId), ("@kind", kind), ("@path", path), ("@sha", sha256), ("@size", size), ("@now", database.Time.GetUtcNow()));
    }

    public async Task<IReadOnlyList<ReportFile>> ListReportFilesAsync(long runId, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.ReportFiles.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Kind).ToListAsync(cancel);
        return rows.Select(r => new ReportFile(r.Kind, r.Path, r.Sha256, r.Size, r.CreatedAt)).ToList();
    }

    /// <summary>
    /// Changes a finding's status (a rebuttal decision) and logs who, when, why, and the old and new values, in one
    /// transaction.
    /// </summary>
    public async Task ChangeFindingStatusAsync(long findingId, string newStatus, string changedBy, string reason,
        CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancel);
        var finding = await context.Findings.FirstOrDefaultAsync(f => f.Id == findingId, cancel)
                      ?? throw new InvalidOperationException($"no finding {findingId}");
        context.FindingChanges.Add(new FindingChangeRow
        {
            FindingId = findingId, ChangedBy = changedBy, ChangedAt = database.Time.GetUtcNow(), Reason = reason,
            Field = "status", OldValue = finding.Status, NewValue = newStatus,
        });
        finding.Status = newStatus;
        await context.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
    }

    /// <summary>First and last day (both inclusive) of a period label: "2024-03", "2024-Q1" or "2024".</summary>
    /// <exception cref="ArgumentException">Not a period label.</exception>
    public static (DateOnly From, DateOnly To) PeriodDates(string period)
    {
        try
        {
            var parsed = Domain.Audits.AuditPeriod.Parse(period);
            return (parsed.Start, parsed.End.AddDays(-1));
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"period '{period}' is not a period label (2024-03, 2024-Q1 or 2024)", nameof(period), e);
        }
    }
}
