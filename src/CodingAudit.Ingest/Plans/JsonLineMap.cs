using System.Text.Json;

namespace CodingAudit.Ingest.Plans;

/// <summary>
/// Maps JSON paths ("design.countPerCoder", "scope.coders[1]") to the 1-based line where the property name (or array
/// element) starts, so semantic errors found after parsing can still name their line.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Each frame: the container's path, whether it is an array, and the next array index.
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = stack.Count > 0 ? stack.Peek().Path : "";
                    pendingProperty = parent.Length == 0 ? reader.GetString()! : parent + "." + reader.GetString();
                    map._lines.TryAdd(pendingProperty, line);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = NextValuePath(stack, ref pendingProperty, map, line);
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    NextValuePath(stack, ref pendingProperty, map, line);
                    break;
            }
        }
        return map;
    }

    private static string NextValuePath(Stack<(string Path, bool IsArray, int Index)> stack, ref string? pendingProperty, JsonLineMap map, int line)
    {
        if (stack.Count > 0 && stack.Peek().IsArray)
        {
            var (arrayPath, _, index) = stack.Pop();
            stack.Push((arrayPath, true, index + 1));
            var elementPath = $"{arrayPath}[{index}]";
            map._lines.TryAdd(elementPath, line);
            return elementPath;
        }
        var path = pendingProperty ?? "";
        pendingProperty = null;
        map._lines.TryAdd(path, line);
        return path;
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest ancestor, or 1.</summary>
    public int LineOf(string path)
    {
        for (var p = path; ; )
        {
            if (_lines.TryGetValue(p, out var line)) return line;
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0) return _lines.TryGetValue("", out var root) ? root : 1;
            p = p[..cut];
        }
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') starts.Add(i + 1);
        }
        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
