using System.Globalization;

namespace CodingAudit.Domain.Audits;

/// <summary>Checks the shape of a standard five-field cron expression: numbers, names, *, ranges, lists and steps; ? in the day fields.</summary>
internal static class CronCheck
{
    private static readonly (string Name, int Min, int Max, string[] Names)[] Fields =
    [
        ("minute", 0, 59, []),
        ("hour", 0, 23, []),
        ("day of month", 1, 31, []),
        ("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day of week", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ];

    /// <summary>Null when <paramref name="cron"/> is well formed, else what is wrong.</summary>
    public static string? Problem(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "it is empty.";
        var parts = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5) return $"expected 5 fields (minute hour day-of-month month day-of-week), found {parts.Length}.";
        for (var i = 0; i < 5; i++)
        {
            var (name, min, max, names) = Fields[i];
            if (parts[i] == "?" && i is 2 or 4) continue;
            foreach (var item in parts[i].Split(','))
            {
                var problem = ItemProblem(item, min, max, names);
                if (problem is not null) return $"{name} field '{parts[i]}': {problem}";
            }
        }
        return null;
    }

    private static string? ItemProblem(string item, int min, int max, string[] names)
    {
        if (item.Length == 0) return "empty list item.";
        var range = item;
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            range = item[..slash];
            if (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step < 1)
                return $"step in '{item}' must be a positive number.";
        }
        if (range == "*") return null;
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var ends = dash >= 0 ? new[] { range[..dash], range[(dash + 1)..] } : [range];
        var values = new List<int>();
        foreach (var end in ends)
        {
            var value = Value(end, names);
            if (value is null) return $"'{end}' is not a number or name.";
            if (value < min || value > max) return $"{value} is outside {min}-{max}.";
            values.Add(value.Value);
        }
        if (values.Count == 2 && values[0] > values[1]) return $"range '{range}' runs backwards.";
        return null;
    }

    private static int? Value(string text, string[] names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (index < 0) return null;
        return names.Length == 12 ? index + 1 : index;
    }
}
