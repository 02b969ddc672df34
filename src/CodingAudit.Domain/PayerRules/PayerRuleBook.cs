namespace CodingAudit.Domain.PayerRules;

/// <summary>Payer rules keyed by payer id (case-insensitive).</summary>
public sealed class PayerRuleBook
{
    private readonly Dictionary<string, PayerRule[]> _byPayer;

    public PayerRuleBook(IEnumerable<PayerRule> rules)
    {
        _byPayer = rules.GroupBy(r => r.PayerId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        Count = _byPayer.Values.Sum(r => r.Length);
    }

    public static PayerRuleBook Empty { get; } = new([]);

    public int Count { get; }

    public IEnumerable<string> Payers => _byPayer.Keys;

    public IReadOnlyList<PayerRule> For(string payerId) => _byPayer.TryGetValue(payerId, out var r) ? r : [];
}
