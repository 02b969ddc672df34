namespace CodingAudit.Domain.Edits;

/// <summary>Add-on code edits indexed by add-on code.</summary>
public sealed class AddOnTable
{
    private readonly Dictionary<int, AddOnEdit[]> _byAddOn;

    public AddOnTable(IEnumerable<AddOnEdit> edits)
    {
        var list = edits.ToList();
        Count = list.Count;
        _byAddOn = list.Where(e => ProcedureKey.Encode(e.AddOnCode) >= 0)
            .GroupBy(e => ProcedureKey.Encode(e.AddOnCode))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int Count { get; }

    /// <summary>The add-on edit rows of <paramref name="addOnCode"/>; empty when it is not an add-on code.</summary>
    public IReadOnlyList<AddOnEdit> For(string addOnCode) => For(ProcedureKey.Encode(addOnCode));

    internal AddOnEdit[] For(int key) => key >= 0 && _byAddOn.TryGetValue(key, out var e) ? e : [];
}
