namespace CodingAudit.Ingest.Import;

/// <summary>
/// Ids that rows of other files may refer to. A null set means "do not check" (e.g. when the referenced rows are
/// already in the database and the caller did not load their ids).
/// </summary>
public sealed class ImportKnownIds
{
    public ISet<string>? Patients { get; init; }
    public ISet<string>? Providers { get; init; }
    public ISet<string>? Payers { get; init; }
    public ISet<string>? Coders { get; init; }
    /// <summary>Encounter ids notes may refer to.</summary>
    public ISet<string>? Encounters { get; init; }

    /// <summary>Checks nothing.</summary>
    public static ImportKnownIds None { get; } = new();
}
