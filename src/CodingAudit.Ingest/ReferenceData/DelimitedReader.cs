using System.Text;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>
/// A small RFC 4180 reader (comma or tab): quoted fields may hold separators, doubled quotes and line breaks.
/// Each record carries the 1-based physical line it starts on, for error messages.
/// </summary>
internal sealed class DelimitedReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly StringBuilder _field = new();
    private long _line = 1;

    public DelimitedReader(TextReader reader, char separator = ',')
    {
        _reader = reader;
        _separator = separator;
    }

    public static DelimitedReader Open(string path, char separator = ',') =>
        new(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), separator);

    /// <summary>The line the last record returned by <see cref="Read"/> started on.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        _field.Clear();
        RecordLine = _line;
        var c = _reader.Read();
        if (c < 0) return false;
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                if (quoted) throw new InvalidDataException("a quoted field is not closed before the end of the file");
                fields.Add(_field.ToString());
                return true;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"') { _reader.Read(); _field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') _line++;
                    _field.Append(ch);
                }
            }
            else if (ch == '"' && _field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == _separator)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r')
            {
                // CR LF or a lone CR both end the record.
                if (_reader.Peek() == '\n') _reader.Read();
                _line++;
                fields.Add(_field.ToString());
                return true;
            }
            else if (ch == '\n')
            {
                _line++;
                fields.Add(_field.ToString());
                return true;
            }
            else
            {
                _field.Append(ch);
            }
            c = _reader.Read();
        }
    }

    public void Dispose() => _reader.Dispose();
}
