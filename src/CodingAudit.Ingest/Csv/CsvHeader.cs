namespace CodingAudit.Ingest.Csv;

/// <summary>The header row of a CSV file: column positions by name (case-insensitive, trimmed).</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names.Select(n => n.Trim().TrimStart('\uFEFF')).ToArray();
        for (var i = 0; i < Names.Count; i++) _index.TryAdd(Names[i], i);
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Reads the header row and checks that the required columns are present.</summary>
    /// <exception cref="InvalidDataException">The file is empty or a required column is missing.</exception>
    public static CsvHeader Read(CsvReader reader, params string[] required)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.Read()) throw new InvalidDataException($"{reader.FileName}: the file is empty (a header row is required)");
        var header = new CsvHeader(reader.Fields);
        var missing = required.Where(r => !header._index.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
            throw new InvalidDataException(
                $"{reader.FileName} line {reader.LineNumber}: missing column(s) {string.Join(", ", missing)}");
        return header;
    }

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => _index.ContainsKey(name);
}
