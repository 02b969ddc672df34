namespace CodingAudit.Persistence;

/// <summary>Read and inserted counts of an idempotent load; <see cref="AlreadyPresent"/> = read - inserted.</summary>
public sealed record ImportCounts(long Read, long Inserted)
{
    public static ImportCounts Zero { get; } = new(0, 0);

    public long AlreadyPresent => Read - Inserted;

    public ImportCounts Add(long read, long inserted) => new(Read + read, Inserted + inserted);

    public override string ToString() => $"{Read} read, {Inserted} inserted, {AlreadyPresent} already present";
}
