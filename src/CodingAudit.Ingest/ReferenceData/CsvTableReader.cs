using System.Globalization;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>
/// Reads a header-first CSV and hands out rows whose fields are fetched by column name, with parse helpers that fail
/// with the file, line and field.
/// </summary>
internal sealed class CsvTableReader
{
    private readonly string _path;
    private readonly string _fileName;

    public CsvTableReader(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"reference file '{path}' does not exist", path);
        _path = path;
        _fileName = Path.GetFileName(path);
    }

    private bool ReadRecord(DelimitedReader reader, List<string> fields)
    {
        try
        {
            return reader.Read(fields);
        }
        catch (InvalidDataException e)
        {
            throw new ReferenceDataException(_fileName, reader.RecordLine, null, e.Message);
        }
    }

    /// <summary>Streams the data rows; <paramref name="required"/> columns must be in the header.</summary>
    public IEnumerable<CsvRow> Rows(params string[] required)
    {
        using var reader = DelimitedReader.Open(_path);
        var fields = new List<string>();
        if (!reader.Read(fields)) throw new ReferenceDataException(_fileName, 1, null, "the file is empty (expected a header row)");
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++) columns[fields[i].Trim().TrimStart('\uFEFF')] = i;
        foreach (var r in required)
        {
            if (!columns.ContainsKey(r))
                throw new ReferenceDataException(_fileName, 1, r, $"the header lacks column '{r}' (it has {string.Join(", ", columns.Keys)})");
        }
        while (ReadRecord(reader, fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            yield return new CsvRow(_fileName, reader.RecordLine, columns, fields.ToArray());
        }
    }
}

/// <summary>One CSV row with typed, error-reporting accessors.</summary>
internal sealed class CsvRow(string file, long line, IReadOnlyDictionary<string, int> columns, string[] fields)
{
    public string File { get; } = file;
    public long Line { get; } = line;

    public bool Has(string column) => columns.ContainsKey(column);

    public string Get(string column) =>
        columns.TryGetValue(column, out var i) && i < fields.Length ? fields[i].Trim() : "";

    public string Required(string column)
    {
        var v = Get(column);
        return v.Length > 0 ? v : throw Fail(column, "is empty");
    }

    public int Int(string column)
    {
        var v = Required(column);
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Fail(column, $"'{v}' is not a whole number");
    }

    public int? OptionalInt(string column)
    {
        var v = Get(column);
        if (v.Length == 0) return null;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Fail(column, $"'{v}' is not a whole number");
    }

    public decimal Decimal(string column)
    {
        var v = Required(column);
        return decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : throw Fail(column, $"'{v}' is not a number");
    }

    /// <summary>A date as yyyy-MM-dd, yyyyMMdd or MM/dd/yyyy; null when empty (or "N/A", "*").</summary>
    public DateOnly? Date(string column)
    {
        var v = Get(column);
        if (v.Length == 0 || v is "N/A" or "*") return null;
        return ReferenceValues.TryParseDate(v, out var d) ? d : throw Fail(column, $"'{v}' is not a date (yyyy-MM-dd, yyyyMMdd or MM/dd/yyyy)");
    }

    public DateOnly RequiredDate(string column) => Date(column) ?? throw Fail(column, "is empty (a date is required)");

    public ReferenceDataException Fail(string column, string reason) => new(File, Line, column, reason);
}
