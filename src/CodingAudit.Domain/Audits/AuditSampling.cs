using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Audits;

/// <summary>A plan's frame and sample for one period.</summary>
public sealed record PlannedSample(AuditPlan Plan, AuditPeriod Period, SamplingFrame Frame, Sample Sample);

/// <summary>The pipeline's entry point to sampling: from a plan, a period and the claims, to the frame and the sample.</summary>
public static class AuditSampling
{
    /// <summary>
    /// Builds the frame of <paramref name="plan"/>'s in-scope claims of <paramref name="period"/> and draws the sample with
    /// the plan's seed for the period. Same plan, period and claims give the same frame hash and the same sample.
    /// </summary>
    /// <param name="plan">The plan: scope, design, seed, frame ordering.</param>
    /// <param name="period">The period audited; its granularity must be the plan's.</param>
    /// <param name="claims">Coded claims; those outside the period or the scope are left out of the frame.</param>
    /// <param name="amount">Each claim's dollar value for dollar strata and high-dollar filters (default: billed charge).</param>
    /// <param name="flaggedByPayerEdits">Claim ids flagged by payer edits, for the targeted filter <c>payer-edit</c>.</param>
    public static PlannedSample Draw(AuditPlan plan, AuditPeriod period, IEnumerable<Claim> claims,
        Func<Claim, decimal>? amount = null, IReadOnlySet<string>? flaggedByPayerEdits = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(claims);
        if (period.Granularity != plan.Scope.Period)
            throw new ArgumentException($"Plan '{plan.Id}' audits by {plan.Scope.Period}, not by {period.Granularity}.", nameof(period));
        var frame = SamplingFrame.FromClaims(plan.Scope.Select(claims, period), plan.FrameOrdering, amount);
        var sample = Sampler.Draw(frame, plan.Design, plan.SeedFor(period), flaggedByPayerEdits);
        return new PlannedSample(plan, period, frame, sample);
    }
}
