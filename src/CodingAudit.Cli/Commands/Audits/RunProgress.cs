using System.Diagnostics;
using CodingAudit.Persistence;
using CodingAudit.Persistence.Audits;

namespace CodingAudit.Cli.Commands.Audits;

/// <summary>Follows a run in the database until it is done or failed, printing each stage as it changes.</summary>
internal static class RunProgress
{
    public static async Task<AuditRun> FollowAsync(AuditDatabase db, long runId, TextWriter output, TimeSpan timeout, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var shown = "";
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var run = await db.Runs.GetRunAsync(runId, cancel) ?? throw new InvalidOperationException($"run {runId} vanished");
            var shards = run.Stage is AuditStages.Population or AuditStages.Check
                ? await db.Runs.GetShardProgressAsync(runId, run.Stage, cancel) : (0, 0);
            var line = $"  [{clock.Elapsed.TotalSeconds,6:0.0} s] {Describe(run.Stage)} {(shards.Item2 > 0 ? $"({shards.Item1}/{shards.Item2} shards) " : "")}{run.Status}";
            if (line[12..] != shown)
            {
                output.WriteLine(line);
                shown = line[12..];
            }
            if (run.Stage == AuditStages.Done || run.Status == RunStatus.Failed) return run;
            if (clock.Elapsed > timeout) throw new TimeoutException($"run {runId} did not finish within {timeout.TotalMinutes:0} minutes (stage {run.Stage}); is a worker running?");
            await Task.Delay(250, cancel);
        }
    }

    public static string Describe(string stage) => stage switch
    {
        AuditStages.Created => "queued",
        AuditStages.Frame => "freezing the frame",
        AuditStages.Population => "payer edits over the whole frame",
        AuditStages.Sample => "drawing the sample",
        AuditStages.Check => "checking sampled claims (edits and documentation)",
        AuditStages.Score => "scoring",
        AuditStages.Report => "rendering reports",
        AuditStages.Publish => "publishing",
        AuditStages.Done => "done",
        _ => stage,
    };
}
