namespace CodingAudit.Domain.Coverage;

/// <summary>Coverage lists of one release, with the lists governing each procedure precomputed on first use.</summary>
public sealed class CoverageTable
{
    private readonly CoverageList[] _lists;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CoverageList[]> _byProcedure = new(StringComparer.Ordinal);

    public CoverageTable(IEnumerable<CoverageList> lists) => _lists = lists.ToArray();

    public IReadOnlyList<CoverageList> Lists => _lists;

    /// <summary>The lists that govern <paramref name="procedureCode"/>; empty when none does.</summary>
    public IReadOnlyList<CoverageList> Governing(string procedureCode) =>
        _byProcedure.GetOrAdd(procedureCode, static (code, lists) => lists.Where(l => l.Governs(code)).ToArray(), _lists);
}
