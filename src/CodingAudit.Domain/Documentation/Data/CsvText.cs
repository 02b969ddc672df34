namespace CodingAudit.Domain.Documentation.Data;

/// <summary>A row of a rule-data CSV file with its 1-based line number, for error messages.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>A small RFC 4180 reader for the rule-data files: quoted fields, doubled quotes, commas and line breaks in
/// quotes. Lines starting with '#' outside quotes are comments, so the data files can explain themselves.</summary>
public static class CsvText
{
    public static IEnumerable<CsvRow> Read(TextReader reader, bool allowComments = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            var startLine = line;
            if (text.Length == 0 || (allowComments && text.StartsWith('#'))) continue;
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var inQuotes = false;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!inQuotes) break;
                    var next = reader.ReadLine() ?? throw new FormatException($"line {startLine}: a quoted field is not closed");
                    line++;
                    field.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (c == '"') { inQuotes = false; i++; continue; }
                    field.Append(c);
                    i++;
                    continue;
                }
                if (c == '"' && field.Length == 0) { inQuotes = true; i++; continue; }
                if (c == ',') { fields.Add(field.ToString()); field.Clear(); i++; continue; }
                field.Append(c);
                i++;
            }
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return new CsvRow(startLine, fields);
        }
    }
}
