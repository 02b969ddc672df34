namespace CodingAudit.Ingest.Import;

/// <summary>
/// The rejects of an import and the per-file counts. Every row read ends as either imported or rejected, so
/// <c>Read = Imported + Rejected</c> holds per file once its reader has been enumerated to the end.
/// </summary>
/// <remarks>
/// Only the first <see cref="MaxKept"/> rejects are kept in memory (a wholly wrong file of a million rows must not
/// exhaust memory); the counts stay exact.
/// </remarks>
public sealed class ImportRejects
{
    private readonly List<ImportReject> _rejects = [];
    private readonly Dictionary<string, ImportFileCounts> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ImportFileCounts> _order = [];

    public ImportRejects(int maxKept = 100_000)
    {
        if (maxKept < 0) throw new ArgumentOutOfRangeException(nameof(maxKept), maxKept, "Cannot be negative.");
        MaxKept = maxKept;
    }

    public int MaxKept { get; }

    /// <summary>The kept rejects, in the order they were found.</summary>
    public IReadOnlyList<ImportReject> Items => _rejects;

    /// <summary>Total rejected rows over all files (including those beyond <see cref="MaxKept"/>).</summary>
    public long Count => _order.Sum(c => c.Rejected);

    /// <summary>Per-file counts, in the order the files were first read.</summary>
    public IReadOnlyList<ImportFileCounts> Files => _order;

    public ImportFileCounts CountsFor(string file)
    {
        if (!_counts.TryGetValue(file, out var counts))
        {
            counts = new ImportFileCounts(file);
            _counts.Add(file, counts);
            _order.Add(counts);
        }
        return counts;
    }

    internal void RowRead(string file) => CountsFor(file).Read++;

    internal void RowImported(string file) => CountsFor(file).Imported++;

    internal void Reject(string file, long line, string field, string reason)
    {
        CountsFor(file).Rejected++;
        if (_rejects.Count < MaxKept) _rejects.Add(new ImportReject(file, line, field, reason));
    }
}
