using System.Globalization;

namespace CodingAudit.Ingest.RatStats;

/// <summary>One sample item of an appraisal input file: its difference value and, for pairs, the examined and audited values.</summary>
public sealed record AppraisalValue(int Line, string? Stratum, double Difference, double? Examined, double? Audited);

/// <summary>One line of a stratified attribute file: stratum, universe, sample size and items in error.</summary>
public sealed record AttributeStratumLine(int Line, string Name, long Universe, long Sample, long Errors);

/// <summary>One line of a stratified random numbers file: stratum, range, quantity and spares.</summary>
public sealed record RandomStratumLine(int Line, string Name, long Low, long High, int Count, int Spares);

/// <summary>One line of a strata file: the stratum name and its universe size.</summary>
public sealed record StratumSize(int Line, string Name, long Universe);

/// <summary>
/// Reads the plain-text inputs of <c>codingaudit ratstats variable</c> (format in docs/ratstats.md).
/// </summary>
/// <remarks>
/// Fields are separated by commas, tabs, semicolons or spaces. Blank lines and lines starting with '#' are skipped;
/// so is a first line whose number fields are all non-numeric (a header). Numbers use '.' for decimals and may start
/// with '$'. Unstratified values: <c>difference</c> or <c>examined,audited</c> (difference = examined − audited).
/// Stratified values: <c>stratum,difference</c> or <c>stratum,examined,audited</c>. Strata: <c>stratum,universe</c>.
/// </remarks>
public static class AppraisalValuesFile
{
    private static readonly char[] Separators = [',', '\t', ';', ' '];

    /// <summary>Reads values; <paramref name="stratified"/> says whether each line starts with a stratum name.</summary>
    public static IReadOnlyList<AppraisalValue> ReadValues(string path, bool stratified)
    {
        var values = new List<AppraisalValue>();
        foreach (var (line, fields, first) in Lines(path))
        {
            var numbers = stratified ? fields.Skip(1).ToArray() : fields;
            var expected = stratified ? "stratum,difference or stratum,examined,audited" : "one difference value or examined,audited";
            if (numbers.Length is < 1 or > 2)
                throw new AppraisalInputException(path, line, $"expected {expected}, found {fields.Length} field(s)");
            var parsed = numbers.Select(Number).ToArray();
            if (parsed.Any(p => p is null))
            {
                if (first && parsed.All(p => p is null)) continue; // a header line
                var bad = numbers[Array.FindIndex(parsed, p => p is null)];
                throw new AppraisalInputException(path, line, $"'{bad}' is not a number (expected {expected})");
            }
            var stratum = stratified ? fields[0] : null;
            values.Add(parsed.Length == 1
                ? new AppraisalValue(line, stratum, parsed[0]!.Value, null, null)
                : new AppraisalValue(line, stratum, parsed[0]!.Value - parsed[1]!.Value, parsed[0], parsed[1]));
        }
        if (values.Count == 0) throw new AppraisalInputException(path, 1, "the file holds no values");
        return values;
    }

    /// <summary>Reads a strata file: one <c>stratum,universe</c> per line, names unique.</summary>
    public static IReadOnlyList<StratumSize> ReadStrata(string path)
    {
        var strata = new List<StratumSize>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields, first) in Lines(path))
        {
            if (fields.Length != 2) throw new AppraisalInputException(path, line, $"expected stratum,universe, found {fields.Length} field(s)");
            if (!long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var universe))
            {
                if (first) continue;
                throw new AppraisalInputException(path, line, $"universe '{fields[1]}' is not a whole number");
            }
            if (universe < 1) throw new AppraisalInputException(path, line, $"universe {universe} must be at least 1");
            if (!seen.Add(fields[0])) throw new AppraisalInputException(path, line, $"stratum '{fields[0]}' is listed twice");
            strata.Add(new StratumSize(line, fields[0], universe));
        }
        if (strata.Count == 0) throw new AppraisalInputException(path, 1, "the file lists no strata");
        return strata;
    }

    /// <summary>Reads a stratified attribute file: one <c>stratum,universe,sample,errors</c> per line, names unique.</summary>
    public static IReadOnlyList<AttributeStratumLine> ReadAttributeStrata(string path)
    {
        var strata = new List<AttributeStratumLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields, first) in Lines(path))
        {
            if (fields.Length != 4)
                throw new AppraisalInputException(path, line, $"expected stratum,universe,sample,errors, found {fields.Length} field(s)");
            var numbers = fields.Skip(1).Select(f => long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (long?)null).ToArray();
            if (numbers.Any(n => n is null))
            {
                if (first && numbers.All(n => n is null)) continue;
                string[] names = ["universe", "sample", "errors"];
                var bad = Array.FindIndex(numbers, n => n is null);
                throw new AppraisalInputException(path, line, $"{names[bad]} '{fields[bad + 1]}' is not a whole number");
            }
            var (universe, sample, errors) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value);
            if (universe < 1 || sample < 1 || sample > universe)
                throw new AppraisalInputException(path, line, $"need 1 <= sample <= universe, found sample {sample} and universe {universe}");
            if (errors > sample) throw new AppraisalInputException(path, line, $"errors {errors} exceed the sample {sample}");
            if (!seen.Add(fields[0])) throw new AppraisalInputException(path, line, $"stratum '{fields[0]}' is listed twice");
            strata.Add(new AttributeStratumLine(line, fields[0], universe, sample, errors));
        }
        if (strata.Count == 0) throw new AppraisalInputException(path, 1, "the file lists no strata");
        return strata;
    }

    /// <summary>Reads a stratified random numbers file: one <c>stratum,low,high,count[,spares]</c> per line, names unique.</summary>
    public static IReadOnlyList<RandomStratumLine> ReadRandomStrata(string path)
    {
        var strata = new List<RandomStratumLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] names = ["low", "high", "count", "spares"];
        foreach (var (line, fields, first) in Lines(path))
        {
            if (fields.Length is not (4 or 5))
                throw new AppraisalInputException(path, line, $"expected stratum,low,high,count[,spares], found {fields.Length} field(s)");
            var numbers = fields.Skip(1).Select(f => long.TryParse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null).ToArray();
            if (numbers.Any(n => n is null))
            {
                if (first && numbers.All(n => n is null)) continue;
                var bad = Array.FindIndex(numbers, n => n is null);
                throw new AppraisalInputException(path, line, $"{names[bad]} '{fields[bad + 1]}' is not a whole number");
            }
            var (low, high, count) = (numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value);
            var spares = numbers.Length == 4 ? numbers[3]!.Value : 0;
            if (high < low) throw new AppraisalInputException(path, line, $"high {high} is below low {low}");
            if (count < 0 || spares < 0 || count > int.MaxValue || spares > int.MaxValue)
                throw new AppraisalInputException(path, line, "count and spares must be whole numbers >= 0");
            if (count + spares > high - low + 1)
                throw new AppraisalInputException(path, line, $"{count} numbers and {spares} spares do not fit in {low}..{high} without repeats");
            if (!seen.Add(fields[0])) throw new AppraisalInputException(path, line, $"stratum '{fields[0]}' is listed twice");
            strata.Add(new RandomStratumLine(line, fields[0], low, high, (int)count, (int)spares));
        }
        if (strata.Count == 0) throw new AppraisalInputException(path, 1, "the file lists no strata");
        return strata;
    }

    private static IEnumerable<(int Line, string[] Fields, bool First)> Lines(string path)
    {
        if (!File.Exists(path)) throw new AppraisalInputException(path, 0, "file not found");
        var number = 0;
        var first = true;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return (number, fields, first);
            first = false;
        }
    }

    private static double? Number(string text)
    {
        var t = text.StartsWith('$') ? text[1..] : text.StartsWith("-$", StringComparison.Ordinal) ? "-" + text[2..] : text;
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }
}
