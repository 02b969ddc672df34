namespace CodingAudit.Synthetic.Organisation;

/// <summary>A coder's error profile: the probability of each error kind on a claim where that error is possible.</summary>
public sealed record CoderProfile(string CoderId, string Description, IReadOnlyDictionary<string, double> Rates)
{
    public double RateOf(string kind) => Rates.TryGetValue(kind, out var r) ? r : 0;
}
