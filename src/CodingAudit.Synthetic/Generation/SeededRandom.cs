namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// The generator's only source of randomness: <see cref="System.Random"/> with an explicit seed, whose sequence for a
/// given seed is fixed by the runtime's compatibility guarantee, so a seed reproduces the same files byte for byte.
/// </summary>
public sealed class SeededRandom
{
    private readonly Random _random;

    public SeededRandom(int seed) => _random = new Random(seed);

    /// <summary>A uniform integer in [0, max).</summary>
    public int Next(int max) => _random.Next(max);

    /// <summary>A uniform integer in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks by weights (need not sum to 1).</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var u = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.Count - 1;
    }
}
