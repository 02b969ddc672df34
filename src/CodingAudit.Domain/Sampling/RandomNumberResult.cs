namespace CodingAudit.Domain.Sampling;

/// <summary>The output of RAT-STATS single-stage random numbers.</summary>
/// <remarks>
/// <see cref="SelectionOrder"/> holds every distinct value in the order drawn (sample then spares);
/// <see cref="Sample"/> is the first <c>count</c> of them sorted ascending by value; <see cref="Spares"/> the next ones,
/// in selection order; <see cref="Sum"/> adds sample and spares, as RAT-STATS prints it.
/// </remarks>
public sealed record RandomNumberResult(
    decimal Seed,
    long Low,
    long High,
    IReadOnlyList<long> SelectionOrder,
    IReadOnlyList<SelectedNumber> Sample,
    IReadOnlyList<SelectedNumber> Spares)
{
    public long Sum => SelectionOrder.Sum();
}
