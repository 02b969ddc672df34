namespace CodingAudit.Persistence;

/// <summary>The databases CodingAudit runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data folder.</summary>
    Sqlite = 0,
    /// <summary>For several workers sharing one database.</summary>
    Postgres = 1,
}
