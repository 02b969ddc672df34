namespace CodingAudit.Domain.Scoring;

/// <summary>The accuracy target and the interval settings scores are judged with.</summary>
/// <remarks>Defaults: target 0.95, 95% Clopper-Pearson intervals, and an interval wider than 0.10 that straddles the
/// target counts as an insufficient sample.</remarks>
public sealed record ScoringOptions
{
    public ScoringOptions(double target = 0.95, double confidence = 0.95, double maxDecisionWidth = 0.10)
    {
        if (!(target > 0 && target <= 1)) throw new ArgumentOutOfRangeException(nameof(target), target, "The target must be above 0 and at most 1.");
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be strictly between 0 and 1.");
        if (!(maxDecisionWidth > 0 && maxDecisionWidth <= 1))
            throw new ArgumentOutOfRangeException(nameof(maxDecisionWidth), maxDecisionWidth, "The maximum decision width must be above 0 and at most 1.");
        Target = target;
        Confidence = confidence;
        MaxDecisionWidth = maxDecisionWidth;
    }

    public double Target { get; }
    public double Confidence { get; }
    public double MaxDecisionWidth { get; }

    /// <summary>The one-sided confidence of a "below target" or "meets target" verdict: (1 + confidence) / 2.</summary>
    public double VerdictConfidence => (1 + Confidence) / 2;

    public static ScoringOptions Default { get; } = new();
}
