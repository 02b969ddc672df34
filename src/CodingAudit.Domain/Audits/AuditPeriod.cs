using System.Globalization;

namespace CodingAudit.Domain.Audits;

/// <summary>A calendar audit period of service dates: <see cref="Start"/> inclusive to <see cref="End"/> exclusive.</summary>
public sealed record AuditPeriod
{
    private AuditPeriod(PeriodGranularity granularity, DateOnly start, DateOnly end)
    {
        Granularity = granularity;
        Start = start;
        End = end;
    }

    public PeriodGranularity Granularity { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }

    /// <summary>"2024-03", "2024-Q1" or "2024".</summary>
    public string Label => Granularity switch
    {
        PeriodGranularity.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public bool Contains(DateOnly date) => date >= Start && date < End;

    /// <summary>The period of <paramref name="granularity"/> that contains <paramref name="date"/>.</summary>
    public static AuditPeriod Containing(DateOnly date, PeriodGranularity granularity)
    {
        var start = granularity switch
        {
            PeriodGranularity.Month => new DateOnly(date.Year, date.Month, 1),
            PeriodGranularity.Quarter => new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1),
            PeriodGranularity.Year => new DateOnly(date.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown period granularity."),
        };
        return new AuditPeriod(granularity, start, Advance(start, granularity, 1));
    }

    /// <summary>The period just before this one (the one a scheduled run at the start of a period audits).</summary>
    public AuditPeriod Previous() => new(Granularity, Advance(Start, Granularity, -1), Start);

    public AuditPeriod Next() => new(Granularity, End, Advance(End, Granularity, 1));

    /// <summary>Parses a <see cref="Label"/> ("2024-03", "2024-Q1", "2024").</summary>
    public static AuditPeriod Parse(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var text = label.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
            return Containing(new DateOnly(year, 1, 1), PeriodGranularity.Year);
        if (text.Length == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1
            && text[6] is >= '1' and <= '4')
            return Containing(new DateOnly(year, (text[6] - '1') * 3 + 1, 1), PeriodGranularity.Quarter);
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return Containing(month, PeriodGranularity.Month);
        throw new FormatException($"'{label}' is not a period: use 2024-03, 2024-Q1 or 2024.");
    }

    private static DateOnly Advance(DateOnly start, PeriodGranularity granularity, int by) => granularity switch
    {
        PeriodGranularity.Month => start.AddMonths(by),
        PeriodGranularity.Quarter => start.AddMonths(3 * by),
        _ => start.AddYears(by),
    };

    public override string ToString() => Label;
}
