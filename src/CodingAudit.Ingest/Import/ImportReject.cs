namespace CodingAudit.Ingest.Import;

/// <summary>One rejected row: which file, which physical line, which field, and why.</summary>
public sealed record ImportReject(string File, long Line, string Field, string Reason);
