namespace CodingAudit.Persistence.Reference;

/// <summary>A loaded reference release (see <see cref="ReferenceReleaseRow"/> for the column meanings).</summary>
public sealed record ReferenceRelease(long Id, string TableName, string Version, DateOnly EffectiveFrom,
    DateOnly? EffectiveTo, string SourceFile, string Sha256, int RowCount, DateTimeOffset LoadedAt)
{
    /// <summary>True when <paramref name="date"/> falls in the release's effective dates (both ends inclusive).</summary>
    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    internal static ReferenceRelease From(ReferenceReleaseRow row) => new(row.Id, row.TableName, row.Version,
        row.EffectiveFrom, row.EffectiveTo, row.SourceFile, row.Sha256, row.RowCount, row.LoadedAt);
}

/// <summary>One row of a release: its lookup key and its fields as JSON. Row numbers follow the input order, from 1.</summary>
public sealed record ReferenceRowData(string Key, string Json);

/// <summary>What a load did: the release (new or the one already there) and whether it was created now.</summary>
public sealed record ReleaseLoad(ReferenceRelease Release, bool Created);
