namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// Medicare's 8-minute rule for timed codes: total timed minutes of the day give the units (8-22 = 1, 23-37 = 2,
/// and so on), then each code gets its full 15-minute units and the remaining units go to the codes with the most
/// minutes left over.
/// </summary>
public static class EightMinuteRule
{
    public static int TotalUnits(int totalMinutes) => totalMinutes < 8 ? 0 : (totalMinutes + 7) / 15;

    /// <summary>Units per code for the minutes per code, in the same order.</summary>
    public static int[] Distribute(IReadOnlyList<int> minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var total = TotalUnits(minutes.Sum());
        var units = minutes.Select(m => m / 15).ToArray();
        var left = total - units.Sum();
        // Remaining units go to the largest remainders; ties to the earlier code so the result is deterministic.
        var order = Enumerable.Range(0, minutes.Count).OrderByDescending(i => minutes[i] % 15).ThenBy(i => i).ToArray();
        for (var k = 0; left > 0 && k < order.Length; k++, left--) units[order[k]]++;
        return units;
    }
}
