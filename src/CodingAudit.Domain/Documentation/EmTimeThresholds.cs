namespace CodingAudit.Domain.Documentation;

/// <summary>One row of em_time_thresholds.csv: an office E/M code, its patient status and level, and its minimum minutes.</summary>
public sealed record EmTimeThreshold(string Code, string PatientStatus, int? Level, int? MinimumMinutes);

/// <summary>The office/outpatient E/M levels and their total-time thresholds (CPT 2021), and the prolonged-service codes.</summary>
/// <remarks>
/// A level is met when the documented minutes meet or exceed its minimum. 99211 has no threshold and is the
/// established-patient level below 99212. Prolonged service: 99417 per full 15 minutes beyond the level-5 minimum
/// (first unit at minimum + 15); Medicare's G2212 starts after the level-5 range (first unit at minimum + 29).
/// </remarks>
public sealed class EmTimeThresholds
{
    public const string New = "new";
    public const string Established = "established";
    private readonly Dictionary<string, EmTimeThreshold> byCode;

    public EmTimeThresholds(IEnumerable<EmTimeThreshold> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        byCode = rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        if (!byCode.Values.Any(r => r.PatientStatus == New) || !byCode.Values.Any(r => r.PatientStatus == Established))
            throw new ArgumentException("E/M thresholds need new and established patient rows.", nameof(rows));
    }

    public bool IsOfficeVisit(string code) =>
        byCode.TryGetValue(code, out var r) && r.PatientStatus is New or Established && r.Level.HasValue;

    public bool IsProlonged(string code) => byCode.TryGetValue(code, out var r) && r.PatientStatus == "prolonged";

    public EmTimeThreshold Row(string code) => byCode[code];

    public string? CodeFor(string status, int level) =>
        byCode.Values.FirstOrDefault(r => r.PatientStatus == status && r.Level == level)?.Code;

    /// <summary>The highest level whose minimum the minutes meet; 1 (99211) for established patients below every
    /// threshold; null for new patients below 99202.</summary>
    public int? LevelForMinutes(string status, int minutes)
    {
        var met = byCode.Values.Where(r => r.PatientStatus == status && r.Level.HasValue && r.MinimumMinutes.HasValue && minutes >= r.MinimumMinutes)
            .Select(r => r.Level!.Value).DefaultIfEmpty(0).Max();
        if (met > 0) return met;
        return byCode.Values.Any(r => r.PatientStatus == status && r.Level.HasValue && r.MinimumMinutes is null) ? 1 : null;
    }

    public int MinimumOf(string code) => byCode.TryGetValue(code, out var r) ? r.MinimumMinutes ?? 0 : 0;

    /// <summary>Units of a prolonged-service code the minutes support with a level-5 visit of that status.</summary>
    public int ProlongedUnits(string prolongedCode, string status, int minutes)
    {
        var level5 = byCode.Values.FirstOrDefault(r => r.PatientStatus == status && r.Level == 5)?.MinimumMinutes ?? int.MaxValue / 2;
        var first = prolongedCode.Equals("G2212", StringComparison.OrdinalIgnoreCase) ? level5 + 29 : level5 + 15;
        return minutes < first ? 0 : 1 + (minutes - first) / 15;
    }

    /// <summary>The first minute at which a prolonged code's first unit is met with a level-5 visit of that status.</summary>
    public int ProlongedStart(string prolongedCode, string status) =>
        (byCode.Values.FirstOrDefault(r => r.PatientStatus == status && r.Level == 5)?.MinimumMinutes ?? 0)
        + (prolongedCode.Equals("G2212", StringComparison.OrdinalIgnoreCase) ? 29 : 15);
}
