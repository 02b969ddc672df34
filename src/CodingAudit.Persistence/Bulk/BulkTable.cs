namespace CodingAudit.Persistence.Bulk;

/// <summary>How a bulk column is bound: each provider turns these into its own storage type.</summary>
internal enum BulkType
{
    Text,
    Int,
    Long,
    Date,
    Instant,
    Money,
    Bool,
}

internal sealed record BulkColumn<T>(string Name, BulkType Type, Func<T, object?> Value);

/// <summary>
/// A table written by <see cref="BulkWriter"/>: its name and the columns taken from each item. Rows whose key or
/// unique index already holds a value are skipped (insert-if-absent), which is what makes imports idempotent.
/// </summary>
internal sealed class BulkTable<T>(string name, params BulkColumn<T>[] columns)
{
    public string Name { get; } = name;
    public IReadOnlyList<BulkColumn<T>> Columns { get; } = columns;

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
