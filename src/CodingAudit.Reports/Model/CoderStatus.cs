namespace CodingAudit.Reports.Model;

/// <summary>
/// A coder's record accuracy against the target, judged on its 95% interval exactly as the scoring does
/// (CodingAudit.Domain.Scoring.TargetStatus), so the reports, the workbook and the command line say the same thing.
/// </summary>
public enum CoderStatus
{
    /// <summary>The whole interval is at or above the target.</summary>
    MeetsTarget = 0,
    /// <summary>The interval straddles the target and is narrow enough (at most 10 points) to decide on.</summary>
    ConsistentWithTarget = 1,
    /// <summary>The interval straddles the target and is too wide to decide on: more records are needed.</summary>
    InsufficientSample = 2,
    /// <summary>The whole interval is below the target.</summary>
    BelowTarget = 3,
}

/// <summary>Classifies a rate against a target.</summary>
public static class CoderStatuses
{
    /// <summary>The scoring's rule: above/below when the whole interval is; otherwise decided by the interval's width.</summary>
    public static CoderStatus Classify(Proportion accuracy, double target, double maxDecisionWidth = 0.10) =>
        accuracy.Upper < target ? CoderStatus.BelowTarget
        : accuracy.Lower >= target ? CoderStatus.MeetsTarget
        : accuracy.Trials == 0 || accuracy.Upper - accuracy.Lower > maxDecisionWidth ? CoderStatus.InsufficientSample
        : CoderStatus.ConsistentWithTarget;

    public static string Label(this CoderStatus status) => status switch
    {
        CoderStatus.MeetsTarget => "Meets target",
        CoderStatus.ConsistentWithTarget => "Consistent with target",
        CoderStatus.InsufficientSample => "Insufficient sample",
        CoderStatus.BelowTarget => "Below target",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
