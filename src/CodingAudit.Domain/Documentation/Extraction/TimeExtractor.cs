using System.Text.RegularExpressions;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>Finds the documented total time of an E/M encounter ("Total time: 42 minutes", "I spent 35 min ...").</summary>
/// <remarks>
/// Only statements of total or spent time count; minutes next to a timed therapy ("ther ex 23 min") do not. When a note
/// states several, a statement with "total" wins, then the largest.
/// </remarks>
public static partial class TimeExtractor
{
    [GeneratedRegex(@"\btotal\s+(?:face[\s-]*to[\s-]*face\s+|encounter\s+|visit\s+|provider\s+|physician\s+|clinician\s+)?time\b(?:[^.\d;]{0,60}?)(?<n>\d{1,3}(?:\.\d)?)\s*(?<u>min|minutes|mins|hours?|hrs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalTime();

    [GeneratedRegex(@"\b(?:spent|spending)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|>\s*|approximately\s+|about\s+)?(?<n>\d{1,3}(?:\.\d)?)\s*(?<u>min|minutes|mins|hours?|hrs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spent();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:\.\d)?)\s*(?<u>min|minutes|mins|hours?|hrs?)\b[^.;]{0,40}?\b(?:total\s+time|in\s+total|total\b|were\s+spent|was\s+spent|spent\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesTotal();

    [GeneratedRegex(@"^\s*(?:total\s+)?time\s*(?:spent\s*)?[:=-]\s*(?<n>\d{1,3}(?:\.\d)?)\s*(?<u>min|minutes|mins|hours?|hrs?)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^\s*(?:approximately\s+|about\s+|over\s+|>\s*)?(?<n>\d{1,3}(?:\.\d)?)\s*(?<u>min|minutes|mins|hours?|hrs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareMinutes();

    [GeneratedRegex(@"\b(?:timed|therapy|treatment|procedure|exercise|manual|gait|neuromuscular|counseling\s+only)\b[^.]{0,15}(?:min|time)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEmTime();

    public static TimeStatement? Find(IReadOnlyList<Sentence> sentences)
    {
        TimeStatement? best = null;
        var bestHasTotal = false;
        foreach (var s in sentences)
        {
            var text = s.Text;
            // Cheap filter first: a time statement has a number and a unit.
            if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            if (s.Section != SectionKind.TimeStatement && text.IndexOf("min", StringComparison.OrdinalIgnoreCase) < 0
                && text.IndexOf("hour", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf(" hr", StringComparison.OrdinalIgnoreCase) < 0)
                continue;
            if (NotEmTime().IsMatch(text) && !text.Contains("total time", StringComparison.OrdinalIgnoreCase)) continue;
            var patterns = s.Section == SectionKind.TimeStatement
                ? new[] { TotalTime(), TimeLabel(), MinutesTotal(), Spent(), BareMinutes() }
                : new[] { TotalTime(), TimeLabel(), MinutesTotal(), Spent() };
            foreach (var regex in patterns)
            {
                var m = regex.Match(text);
                if (!m.Success) continue;
                var minutes = ToMinutes(m.Groups["n"].Value, m.Groups["u"].Value);
                if (minutes is null or <= 0 or > 600) continue;
                var hasTotal = text.Contains("total", StringComparison.OrdinalIgnoreCase) || s.Section == SectionKind.TimeStatement;
                if (best is null || (hasTotal && !bestHasTotal) || (hasTotal == bestHasTotal && minutes > best.Minutes))
                {
                    best = new TimeStatement(minutes.Value, s);
                    bestHasTotal = hasTotal;
                }
                break;
            }
        }
        return best;
    }

    private static int? ToMinutes(string number, string unit)
    {
        if (!double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
        return unit.StartsWith('h') || unit.StartsWith('H') ? (int)Math.Round(n * 60) : (int)Math.Round(n);
    }
}
