namespace CodingAudit.Ingest.Import;

/// <summary>Rows read, imported and rejected for one file; <see cref="Read"/> = imported + rejected once a file is done.</summary>
public sealed class ImportFileCounts
{
    public ImportFileCounts(string file) => File = file;

    public string File { get; }
    public long Read { get; internal set; }
    public long Imported { get; internal set; }
    public long Rejected { get; internal set; }

    public bool Balanced => Read == Imported + Rejected;

    public override string ToString() => $"{File}: read {Read}, imported {Imported}, rejected {Rejected}";
}
