namespace CodingAudit.Domain.Codes;

/// <summary>
/// One loaded version of one reference table: what it is, which dates of service it answers for, and exactly which
/// file it came from (so a run can record the versions it used).
/// </summary>
/// <remarks>
/// The release applies to dates of service from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/>, both
/// inclusive; a null <see cref="EffectiveTo"/> means "until a newer release of the same table takes over".
/// <see cref="Sha256"/> is the lower-case hex digest of the source file's bytes.
/// </remarks>
public sealed record ReferenceRelease
{
    public ReferenceRelease(string table, string version, DateOnly effectiveFrom, DateOnly? effectiveTo,
        string sourceFile, string sha256, int rowCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (effectiveTo is { } to && to < effectiveFrom)
            throw new ArgumentOutOfRangeException(nameof(effectiveTo), to, $"Ends before it starts ({effectiveFrom:yyyy-MM-dd}).");
        if (rowCount < 0) throw new ArgumentOutOfRangeException(nameof(rowCount), rowCount, "Cannot be negative.");
        Table = table;
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        SourceFile = sourceFile ?? "";
        Sha256 = sha256 ?? "";
        RowCount = rowCount;
    }

    public string Table { get; }
    public string Version { get; }
    public DateOnly EffectiveFrom { get; }
    public DateOnly? EffectiveTo { get; }
    public string SourceFile { get; }
    public string Sha256 { get; }
    public int RowCount { get; }

    /// <summary>True when the release answers for <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);

    /// <summary>"ncci-ptp-practitioner 2024Q3", as citations show it.</summary>
    public override string ToString() => $"{Table} {Version}";
}
