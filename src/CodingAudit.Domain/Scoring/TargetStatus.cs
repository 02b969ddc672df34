namespace CodingAudit.Domain.Scoring;

/// <summary>Where an accuracy rate stands against the target, judged on its confidence interval, not its point estimate.</summary>
/// <remarks>
/// With the two-sided interval [L, U] at the scoring confidence (95%) and target T:
/// <see cref="BelowTarget"/> when U &lt; T (one-sided confidence (1 + confidence)/2 = 97.5% that the true rate is below T);
/// <see cref="MeetsTarget"/> when L &gt;= T;
/// otherwise the interval straddles T: <see cref="InsufficientSample"/> when U − L exceeds the maximum decision width
/// (default 0.10) or nothing was reviewed, else <see cref="ConsistentWithTarget"/>.
/// </remarks>
public enum TargetStatus
{
    MeetsTarget = 0,
    ConsistentWithTarget = 1,
    BelowTarget = 2,
    InsufficientSample = 3,
}

/// <summary>Display texts for <see cref="TargetStatus"/>.</summary>
public static class TargetStatusText
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.MeetsTarget => "meets target",
        TargetStatus.ConsistentWithTarget => "consistent with target",
        TargetStatus.BelowTarget => "below target",
        TargetStatus.InsufficientSample => "insufficient sample",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
