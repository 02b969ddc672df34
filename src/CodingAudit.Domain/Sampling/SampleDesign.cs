namespace CodingAudit.Domain.Sampling;

/// <summary>How a sample is chosen from a frame. The concrete designs are the records in this folder.</summary>
public abstract record SampleDesign
{
    /// <summary>The design's name in plan files and records ("simple-random", "per-coder", ...).</summary>
    public abstract string Kind { get; }

    /// <summary>True for judgment (targeted) samples, which are never projected onto the frame.</summary>
    public virtual bool IsJudgment => false;

    /// <summary>A one-line description for methodology sections of reports.</summary>
    public abstract string Describe();
}
