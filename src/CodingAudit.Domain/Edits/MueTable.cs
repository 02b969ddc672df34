namespace CodingAudit.Domain.Edits;

/// <summary>MUEs keyed by setting (practitioner, outpatient_hospital, dme_supplier) and code.</summary>
public sealed class MueTable
{
    private readonly Dictionary<string, Dictionary<int, MueEdit>> _bySetting = new(StringComparer.OrdinalIgnoreCase);

    public MueTable(IEnumerable<MueEdit> edits)
    {
        foreach (var e in edits)
        {
            var key = ProcedureKey.Encode(e.Code);
            if (key < 0) continue;
            if (!_bySetting.TryGetValue(e.Setting, out var codes)) _bySetting[e.Setting] = codes = [];
            codes[key] = e;
            Count++;
        }
    }

    public int Count { get; }

    public IEnumerable<string> Settings => _bySetting.Keys;

    public MueEdit? Find(string setting, string code) => Find(setting, ProcedureKey.Encode(code));

    /// <summary>The edits of one setting keyed by packed code; null when the setting has none.</summary>
    internal IReadOnlyDictionary<int, MueEdit>? ForSetting(string setting) => _bySetting.GetValueOrDefault(setting);

    internal MueEdit? Find(string setting, int key) =>
        key >= 0 && _bySetting.TryGetValue(setting, out var codes) ? codes.GetValueOrDefault(key) : null;
}
