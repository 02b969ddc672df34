using System.Buffers;
using System.Globalization;
using System.Text;

namespace CodingAudit.Ingest.Csv;

/// <summary>
/// Writes RFC 4180 CSV: fields holding a comma, quote or line break are quoted (quotes doubled); records end with
/// CRLF. Line breaks inside a field are written as they are, so a reader sees the same text.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _atRecordStart = true;

    public CsvWriter(TextWriter writer, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Creates or overwrites a UTF-8 file without a byte-order mark.</summary>
    public static CsvWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16));

    public void WriteField(string? value)
    {
        if (!_atRecordStart) _writer.Write(',');
        _atRecordStart = false;
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        var span = value.AsSpan();
        while (true)
        {
            var quote = span.IndexOf('"');
            if (quote < 0) { _writer.Write(span); break; }
            _writer.Write(span[..(quote + 1)]);
            _writer.Write('"');
            span = span[(quote + 1)..];
        }
        _writer.Write('"');
    }

    public void WriteField(int value) => WriteField(value.ToString(CultureInfo.InvariantCulture));

    public void WriteField(decimal value) => WriteField(value.ToString(CultureInfo.InvariantCulture));

    public void EndRecord()
    {
        _writer.Write("\r\n");
        _atRecordStart = true;
    }

    public void WriteRecord(params string?[] fields)
    {
        foreach (var f in fields) WriteField(f);
        EndRecord();
    }

    public void Flush() => _writer.Flush();

    public void Dispose()
    {
        _writer.Flush();
        if (!_leaveOpen) _writer.Dispose();
    }
}
