namespace CodingAudit.Domain.Codes;

/// <summary>
/// All loaded releases of one reference table, answering "which release applies on this date of service".
/// </summary>
/// <remarks>
/// When several releases cover a date, the one with the latest <see cref="ReferenceRelease.EffectiveFrom"/> wins
/// (a newer quarter supersedes an open-ended older one); on a tie the release added last wins (a newer cumulative NCCI
/// table loaded after the shipped one). <see cref="On"/> returns null when no release covers the
/// date: callers report that as "no edit data", never as a pass.
/// </remarks>
public sealed class VersionedTable<T> where T : class
{
    private readonly TableVersion<T>[] _byStartDescending;

    public VersionedTable(string table, IEnumerable<TableVersion<T>> versions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        Table = table;
        _byStartDescending = versions.Reverse().OrderByDescending(v => v.Release.EffectiveFrom).ToArray();
    }

    public string Table { get; }

    public IReadOnlyList<TableVersion<T>> Versions => _byStartDescending;

    public bool IsEmpty => _byStartDescending.Length == 0;

    /// <summary>The release that applies on <paramref name="date"/>, or null when none covers it.</summary>
    public TableVersion<T>? On(DateOnly date)
    {
        foreach (var v in _byStartDescending)
        {
            if (v.Release.Covers(date)) return v;
        }
        return null;
    }
}
