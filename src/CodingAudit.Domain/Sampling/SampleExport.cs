using System.Globalization;
using System.Text;

namespace CodingAudit.Domain.Sampling;

/// <summary>The sample as CSV and as re-draw instructions, for the auditor's packet and the methodology section.</summary>
public static class SampleExport
{
    public const string CsvHeader = "stratum,stratum_index,stratum_seed,stratum_frame_size,selection_order,random_number,frame_position,claim_id,spare,target_hits";

    /// <summary>
    /// One line per sampled claim and spare (RFC 4180 quoting, LF line ends): items stratum by stratum as in the
    /// sample, then spares. Random numbers are stratum positions for stratified samples, frame positions otherwise.
    /// </summary>
    public static string ToCsv(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var c = CultureInfo.InvariantCulture;
        var strata = sample.Strata.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var item in sample.Items.Concat(sample.Spares))
        {
            var stratum = item.Stratum is not null && strata.TryGetValue(item.Stratum, out var s) ? s : sample.Strata.FirstOrDefault();
            text.Append(Quote(item.Stratum ?? stratum?.Name ?? "")).Append(',')
                .Append(stratum?.Index.ToString(c) ?? "").Append(',')
                .Append(stratum?.Seed?.ToString(c) ?? "").Append(',')
                .Append(stratum?.FrameSize.ToString(c) ?? "").Append(',')
                .Append(item.SelectionOrder.ToString(c)).Append(',')
                .Append(item.RandomNumber?.ToString(c) ?? "").Append(',')
                .Append(item.FramePosition.ToString(c)).Append(',')
                .Append(Quote(item.ClaimId)).Append(',')
                .Append(item.IsSpare ? "true" : "false").Append(',')
                .Append(Quote(string.Join(' ', item.TargetHits ?? []))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>How to re-draw the sample in RAT-STATS and check the frame, one sentence per line.</summary>
    public static IReadOnlyList<string> RedrawInstructions(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"Frame: {sample.FrameSize.ToString("#,##0", c)} claims ordered by {(sample.Ordering == FrameOrdering.ClaimId ? "claim id" : "date of service, then claim id")} (ordinal comparison), positions 1 to {sample.FrameSize.ToString(c)}; SHA-256 of the exported frame CSV: {sample.FrameHash}.",
            $"Design: {sample.Design.Describe()}",
        };
        if (sample.IsJudgment)
        {
            lines.Add("This is a judgment (targeted) sample: its results describe the claims reviewed and are not projected to the frame.");
            var drawn = sample.Strata.FirstOrDefault(s => s.Seed is not null);
            if (drawn is not null)
                lines.Add($"The {drawn.SampleSize.ToString(c)} claims were drawn among the {drawn.FrameSize.ToString(c)} matching claims (in frame order) with RAT-STATS single stage random numbers: seed {drawn.Seed!.Value.ToString(c)}, low 1, high {drawn.FrameSize.ToString(c)}, quantity {drawn.SampleSize.ToString(c)}.");
            return lines;
        }
        foreach (var s in sample.Strata.Where(s => s.FrameSize > 0))
        {
            var scope = sample.Strata.Count == 1 ? "The sample" : $"Stratum {s.Index.ToString(c)} ({s.Name}, {s.FrameSize.ToString(c)} claims numbered 1 to {s.FrameSize.ToString(c)} in frame order)";
            lines.Add(s.Seed is { } seed
                ? $"{scope}: RAT-STATS single stage random numbers, seed {seed.ToString(c)}, low 1, high {s.FrameSize.ToString(c)}, quantity in sequence {s.SampleSize.ToString(c)}, spares {s.Spares.ToString(c)}."
                : $"{scope}: {s.SampleSize.ToString(c)} numbers and {s.Spares.ToString(c)} spares from the same generator, continued from the previous stratum (seed {sample.Seed.ToString(c)}).");
        }
        return lines;
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
