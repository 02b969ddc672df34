using System.Text;

namespace CodingAudit.Ingest.Csv;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated, double-quoted fields that may hold commas, quotes ("") and line
/// breaks; CRLF or LF record ends. It reads one record at a time, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// <see cref="LineNumber"/> is the 1-based physical line on which the current record starts, so a report can point a
/// user at the right place even after multi-line quoted fields. Fully empty lines are skipped (they are not records).
/// A malformed record (text after a closing quote, a quote never closed) is still returned, with <see cref="Error"/>
/// set, so a caller can reject it and go on.
/// </remarks>
public sealed class CsvReader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _len;
    private bool _eof;
    private long _line = 1;
    private char[] _field = new char[256];
    private int _fieldLen;
    private readonly List<string> _fields = new(16);

    public CsvReader(TextReader reader, string fileName = "", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _leaveOpen = leaveOpen;
        FileName = fileName;
    }

    /// <summary>Opens a UTF-8 file (a byte-order mark is accepted and skipped).</summary>
    public static CsvReader Open(string path) =>
        new(new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BufferSize), Path.GetFileName(path));

    /// <summary>The file name used in messages.</summary>
    public string FileName { get; }

    /// <summary>1-based physical line on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Number of records returned so far (the header counts as one when read through this reader).</summary>
    public long RecordCount { get; private set; }

    /// <summary>The current record's fields.</summary>
    public IReadOnlyList<string> Fields => _fields;

    public int FieldCount => _fields.Count;

    public string this[int index] => _fields[index];

    /// <summary>Why the current record is malformed, or null when it is well-formed.</summary>
    public string? Error { get; private set; }

    /// <summary>Advances to the next record; false at the end of the input.</summary>
    public bool Read()
    {
        _fields.Clear();
        Error = null;
        while (true)
        {
            if (!EnsureData()) return false;
            var c = _buffer[_pos];
            // Skip empty lines between records.
            if (c == '\n') { _pos++; _line++; continue; }
            if (c == '\r') { _pos++; continue; }
            break;
        }

        LineNumber = _line;
        while (true)
        {
            var end = ReadField();
            _fields.Add(_fieldLen == 0 ? "" : new string(_field, 0, _fieldLen));
            if (end != ',') break;
        }
        RecordCount++;
        return true;
    }

    /// <summary>Reads the next record and returns a copy of its fields, or null at the end.</summary>
    public string[]? ReadRecord() => Read() ? _fields.ToArray() : null;

    // Reads one field; returns ',' when another field follows, '\n' at the end of the record or input.
    private char ReadField()
    {
        _fieldLen = 0;
        if (!EnsureData()) return '\n';
        if (_buffer[_pos] == '"')
        {
            _pos++;
            var startLine = _line;
            while (true)
            {
                if (!EnsureData())
                {
                    Error ??= $"quoted field opened on line {startLine} is never closed";
                    return '\n';
                }
                // Copy everything up to the next quote in one go; count the line breaks it contains.
                var span = _buffer.AsSpan(_pos, _len - _pos);
                var quote = span.IndexOf('"');
                var chunk = quote < 0 ? span : span[..quote];
                _line += chunk.Count('\n');
                Append(chunk);
                _pos += chunk.Length;
                if (quote < 0) continue;
                _pos++; // the quote
                if (EnsureData() && _buffer[_pos] == '"') { _pos++; Append('"'); continue; }
                break;
            }
            // After the closing quote only a separator or the record end may follow.
            while (true)
            {
                if (!EnsureData()) return '\n';
                var c = _buffer[_pos++];
                switch (c)
                {
                    case ',': return ',';
                    case '\n': _line++; return '\n';
                    case '\r':
                        if (EnsureData() && _buffer[_pos] == '\n') { _pos++; _line++; }
                        return '\n';
                    default:
                        Error ??= "text after a closing quote";
                        Append(c);
                        break;
                }
            }
        }

        while (true)
        {
            if (_pos >= _len && !EnsureData()) return '\n';
            // Scan the buffer without per-character refills: most fields are short and unquoted.
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var stop = span.IndexOfAny(',', '\n', '\r');
            if (stop < 0)
            {
                Append(span);
                _pos = _len;
                continue;
            }
            Append(span[..stop]);
            _pos += stop + 1;
            var c = span[stop];
            if (c == ',') return ',';
            if (c == '\n') { _line++; return '\n'; }
            if (EnsureData() && _buffer[_pos] == '\n') { _pos++; _line++; }
            return '\n';
        }
    }

    private bool EnsureData()
    {
        if (_pos < _len) return true;
        if (_eof) return false;
        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (_len > 0) return true;
        _eof = true;
        return false;
    }

    private void Append(char c)
    {
        if (_fieldLen == _field.Length) Array.Resize(ref _field, _field.Length * 2);
        _field[_fieldLen++] = c;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        if (_fieldLen + chars.Length > _field.Length)
            Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLen + chars.Length));
        chars.CopyTo(_field.AsSpan(_fieldLen));
        _fieldLen += chars.Length;
    }

    public void Dispose()
    {
        if (!_leaveOpen) _reader.Dispose();
    }
}
