namespace CodingAudit.Domain.Sampling;

/// <summary>A drawn random number and its 1-based selection order (the position in the sequence of distinct draws).</summary>
public sealed record SelectedNumber(long Value, int Order);
