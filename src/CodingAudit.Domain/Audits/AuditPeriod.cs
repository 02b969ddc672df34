using System.Globalization;

namespace CodingAudit.Domain.Audits;

/// <summary>A calendar month audited by a run, written "YYYY-MM".</summary>
/// <remarks>The period of a scheduled run comes from the run's scheduled time, never from the wall clock, so a run
/// that fires late (or is caught up after downtime) still audits the month it was scheduled for.</remarks>
public readonly record struct AuditPeriod : IComparable<AuditPeriod>
{
    public AuditPeriod(int year, int month)
    {
        if (year is < 1900 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year out of range.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    /// <summary>First day of the month (inclusive).</summary>
    public DateOnly Start => new(Year, Month, 1);

    /// <summary>Last day of the month (inclusive).</summary>
    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    public AuditPeriod Previous => FromDate(Start.AddMonths(-1));

    public AuditPeriod Next => FromDate(Start.AddMonths(1));

    public static AuditPeriod FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month before the scheduled run time, read in the plan's time zone: a run scheduled for
    /// 1 March 06:00 America/New_York audits February.</summary>
    public static AuditPeriod ForScheduledRun(DateTimeOffset scheduledAt, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(scheduledAt, timeZone);
        return FromDate(DateOnly.FromDateTime(local.DateTime)).Previous;
    }

    public static AuditPeriod Parse(string text)
    {
        if (TryParse(text, out var period)) return period;
        throw new FormatException($"'{text}' is not a period: write YYYY-MM, e.g. 2024-09");
    }

    public static bool TryParse(string? text, out AuditPeriod period)
    {
        period = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < 1900 || month is < 1 or > 12) return false;
        period = new AuditPeriod(year, month);
        return true;
    }

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public int CompareTo(AuditPeriod other) => (Year, Month).CompareTo((other.Year, other.Month));

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public static bool operator <(AuditPeriod left, AuditPeriod right) => left.CompareTo(right) < 0;
    public static bool operator <=(AuditPeriod left, AuditPeriod right) => left.CompareTo(right) <= 0;
    public static bool operator >(AuditPeriod left, AuditPeriod right) => left.CompareTo(right) > 0;
    public static bool operator >=(AuditPeriod left, AuditPeriod right) => left.CompareTo(right) >= 0;
}
