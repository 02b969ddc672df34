namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>The Medicare 8-minute rule for 15-minute timed codes (Claims Processing Manual ch. 5 §20.2).</summary>
/// <remarks>
/// Total timed minutes of the day give the total units (&lt;8 = 0, 8-22 = 1, 23-37 = 2, then +1 per 15). Each code first
/// gets a unit per full 15 minutes; the units left go to the codes with the most remaining minutes.
/// </remarks>
public static class EightMinuteRule
{
    public static int TotalUnits(int minutes) => minutes < 8 ? 0 : (minutes + 7) / 15;

    /// <summary>Units per code; ties in remaining minutes go to the code listed first.</summary>
    public static Dictionary<string, int> Distribute(IReadOnlyDictionary<string, int> minutesByCode)
    {
        ArgumentNullException.ThrowIfNull(minutesByCode);
        var total = TotalUnits(minutesByCode.Values.Sum());
        var units = minutesByCode.ToDictionary(kv => kv.Key, kv => kv.Value / 15, StringComparer.OrdinalIgnoreCase);
        var left = total - units.Values.Sum();
        foreach (var (code, _) in minutesByCode.OrderByDescending(kv => kv.Value % 15))
        {
            if (left <= 0) break;
            units[code]++;
            left--;
        }
        return units;
    }
}
