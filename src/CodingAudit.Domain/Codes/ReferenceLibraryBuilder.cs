namespace CodingAudit.Domain.Codes;

/// <summary>Collects loaded releases; <see cref="Build"/> freezes them into a <see cref="ReferenceLibrary"/>.</summary>
public sealed class ReferenceLibraryBuilder
{
    private readonly Dictionary<string, List<(ReferenceRelease Release, object Data)>> _tables = new(StringComparer.Ordinal);

    /// <summary>Adds one release of <paramref name="release"/>.Table with its data. Adding the same file (same table,
    /// version and SHA-256) twice keeps one copy.</summary>
    public ReferenceLibraryBuilder Add<T>(ReferenceRelease release, T data) where T : class
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentNullException.ThrowIfNull(data);
        if (!_tables.TryGetValue(release.Table, out var list)) _tables[release.Table] = list = [];
        if (list.Exists(x => x.Release.Version == release.Version && x.Release.Sha256 == release.Sha256)) return this;
        if (list.Count > 0 && list[0].Data is not T)
            throw new ArgumentException($"Table {release.Table} holds {list[0].Data.GetType().Name}, not {typeof(T).Name}.", nameof(data));
        list.Add((release, data));
        return this;
    }

    public ReferenceLibrary Build() => new(_tables.ToDictionary(
        kv => kv.Key, kv => (IReadOnlyList<(ReferenceRelease, object)>)kv.Value.ToArray(), StringComparer.Ordinal));
}
