namespace CodingAudit.Ingest.ReferenceData;

/// <summary>A reference or rule file that cannot be read: names the file, the line and the field.</summary>
public sealed class ReferenceDataException : FormatException
{
    public ReferenceDataException(string file, long line, string? field, string reason)
        : base($"{file}:{line}{(field is null ? "" : $": field '{field}'")}: {reason}")
    {
        File = file;
        Line = line;
        Field = field;
        Reason = reason;
    }

    public string File { get; }
    public long Line { get; }
    public string? Field { get; }
    public string Reason { get; }
}
