using System.Text.RegularExpressions;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Audits;

/// <summary>
/// A stored audit plan: what is audited (scope), how the sample is drawn (design, seed, frame ordering), the accuracy
/// target, and when it runs (schedule). Files of this shape are read and written by CodingAudit.Ingest.Plans.
/// </summary>
/// <remarks>
/// <see cref="Id"/> is a slug (lower-case letters, digits, '-', '_'; 1-64 characters); it names the plan in runs and
/// seeds. When <see cref="Seed"/> is null each period's seed is <see cref="SampleSeed.Derive"/>(id, period start).
/// <see cref="AccuracyTarget"/> is in (0, 1], default 0.95. A plan without a schedule runs only on demand.
/// </remarks>
public sealed partial record AuditPlan
{
    public const double DefaultAccuracyTarget = 0.95;

    public AuditPlan(string id, string name, AuditScope scope, SampleDesign design, double accuracyTarget = DefaultAccuracyTarget,
        AuditSchedule? schedule = null, bool active = true, decimal? seed = null,
        FrameOrdering frameOrdering = FrameOrdering.ServiceDateThenClaimId, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(id) || !IdPattern().IsMatch(id))
            throw new ArgumentException($"Plan id '{id}' must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The plan needs a name.", nameof(name));
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(design);
        if (!(accuracyTarget > 0 && accuracyTarget <= 1))
            throw new ArgumentOutOfRangeException(nameof(accuracyTarget), accuracyTarget, "The accuracy target must be above 0 and at most 1 (0.95 for 95%).");
        if (seed is not null) RatStatsGenerator.CheckSeed(seed.Value);
        if (!Enum.IsDefined(frameOrdering)) throw new ArgumentOutOfRangeException(nameof(frameOrdering), frameOrdering, "Unknown frame ordering.");
        Id = id;
        Name = name.Trim();
        Scope = scope;
        Design = design;
        AccuracyTarget = accuracyTarget;
        Schedule = schedule;
        Active = active;
        Seed = seed;
        FrameOrdering = frameOrdering;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public string Id { get; }
    public string Name { get; }
    public string? Description { get; }
    public AuditScope Scope { get; }
    public SampleDesign Design { get; }
    public double AccuracyTarget { get; }
    public AuditSchedule? Schedule { get; }
    public bool Active { get; }
    public decimal? Seed { get; }
    public FrameOrdering FrameOrdering { get; }

    /// <summary>The seed for <paramref name="period"/>: the fixed seed, or one derived from the id and the period start.</summary>
    public decimal SeedFor(AuditPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Seed ?? SampleSeed.Derive(Id, period.Start);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();
}
