namespace CodingAudit.Reports.Model;

/// <summary>A coder's record accuracy against the target, read with its 95% interval.</summary>
public enum CoderStatus
{
    /// <summary>The point estimate meets the target.</summary>
    MeetsTarget = 0,
    /// <summary>The point estimate is below target but the interval still includes it: too few records to be sure.</summary>
    BelowTargetInconclusive = 1,
    /// <summary>The whole interval is below target.</summary>
    BelowTarget = 2,
}

/// <summary>Classifies a rate against a target.</summary>
public static class CoderStatuses
{
    public static CoderStatus Classify(Proportion accuracy, double target) =>
        accuracy.Value >= target ? CoderStatus.MeetsTarget
        : accuracy.Upper < target ? CoderStatus.BelowTarget
        : CoderStatus.BelowTargetInconclusive;

    public static string Label(this CoderStatus status) => status switch
    {
        CoderStatus.MeetsTarget => "Meets target",
        CoderStatus.BelowTarget => "Below target",
        _ => "Below target (inconclusive)",
    };
}
