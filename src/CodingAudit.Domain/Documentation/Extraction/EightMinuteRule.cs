namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>The Medicare 8-minute rule for 15-minute timed codes (Claims Processing Manual ch. 5 §20.2).</summary>
/// <remarks>
/// Total timed minutes of the day give the total units (&lt;8 = 0, 8-22 = 1, 23-37 = 2, then +1 per 15). Each code first
/// gets a unit per full 15 minutes; the units left go to the codes with the most remaining minutes.
/// </remarks>
public static class EightMinuteRule
{
    public static int TotalUnits(int minutes) => minutes < 8 ? 0 : (minutes + 7) / 15;

    /// <summary>Units per code. Where codes tie on remaining minutes CMS lets either take the unit; the unit then goes
    /// to the code in <paramref name="billed"/> whose units it makes right, then to one that claimed it, else to the
    /// code listed first.</summary>
    public static Dictionary<string, int> Distribute(IReadOnlyDictionary<string, int> minutesByCode, IReadOnlyDictionary<string, int>? billed = null)
    {
        ArgumentNullException.ThrowIfNull(minutesByCode);
        var total = TotalUnits(minutesByCode.Values.Sum());
        var units = minutesByCode.ToDictionary(kv => kv.Key, kv => kv.Value / 15, StringComparer.OrdinalIgnoreCase);
        var left = total - units.Values.Sum();
        var order = minutesByCode.Select((kv, i) => (kv.Key, Remainder: kv.Value % 15, Index: i))
            .OrderByDescending(x => x.Remainder)
            // Among equals, the unit goes where it makes the bill right (fewest corrections), then where it was claimed.
            .ThenByDescending(x => billed is not null && billed.TryGetValue(x.Key, out var b) ? (b == units[x.Key] + 1 ? 2 : b > units[x.Key] ? 1 : 0) : 0)
            .ThenBy(x => x.Index);
        foreach (var (code, _, _) in order)
        {
            if (left <= 0) break;
            units[code]++;
            left--;
        }
        return units;
    }
}
