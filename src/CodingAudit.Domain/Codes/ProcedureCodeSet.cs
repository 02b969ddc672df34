namespace CodingAudit.Domain.Codes;

/// <summary>A set of CPT/HCPCS codes keyed by code.</summary>
/// <remarks>The shipped sets are subsets (<see cref="IsComplete"/> false): a code they lack is "not known", not invalid.</remarks>
public sealed class ProcedureCodeSet
{
    private readonly Dictionary<string, ProcedureCode> _codes;

    public ProcedureCodeSet(IEnumerable<ProcedureCode> codes, bool isComplete)
    {
        _codes = new Dictionary<string, ProcedureCode>(StringComparer.Ordinal);
        foreach (var c in codes) _codes[c.Code] = c;
        IsComplete = isComplete;
    }

    public int Count => _codes.Count;

    public bool IsComplete { get; }

    public ProcedureCode? Find(string code) => _codes.GetValueOrDefault(code);

    public IEnumerable<ProcedureCode> All => _codes.Values;
}
