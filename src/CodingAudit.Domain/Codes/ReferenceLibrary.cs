using CodingAudit.Domain.Coverage;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Fees;

namespace CodingAudit.Domain.Codes;

/// <summary>
/// Every loaded reference table, immutable and indexed for the edit engine. Each table answers "which release applies
/// on this date of service" and says distinctly when none does.
/// </summary>
/// <remarks>Build it with <see cref="ReferenceLibraryBuilder"/> (the Ingest loaders do).</remarks>
public sealed class ReferenceLibrary
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(ReferenceRelease Release, object Data)>> _tables;

    internal ReferenceLibrary(IReadOnlyDictionary<string, IReadOnlyList<(ReferenceRelease, object)>> tables)
    {
        _tables = tables;
        Icd10Cm = Table<IcdCodeSet>(ReferenceTables.Icd10Cm);
        CptCodes = Table<ProcedureCodeSet>(ReferenceTables.CptCodes);
        HcpcsCodes = Table<ProcedureCodeSet>(ReferenceTables.HcpcsCodes);
        PtpPractitioner = Table<PtpTable>(ReferenceTables.PtpPractitioner);
        PtpHospital = Table<PtpTable>(ReferenceTables.PtpHospital);
        Mue = Table<MueTable>(ReferenceTables.Mue);
        MueHcpcs = Table<MueTable>(ReferenceTables.MueHcpcs);
        AddOn = Table<AddOnTable>(ReferenceTables.AddOn);
        Mce = Table<MceEditSet>(ReferenceTables.MceEdits);
        Excludes1 = Table<Excludes1Table>(ReferenceTables.Excludes1);
        Rvu = Table<FeeSchedule>(ReferenceTables.MpfsRvu);
        ConversionFactors = Table<ConversionFactorHistory>(ReferenceTables.ConversionFactor);
        Gpci = Table<IReadOnlyList<GpciLocality>>(ReferenceTables.MpfsGpci);
        EmTimeThresholds = Table<IReadOnlyList<EmTimeThreshold>>(ReferenceTables.EmTimeThresholds);
        Coverage = _tables.Keys.Where(k => k.StartsWith(ReferenceTables.Coverage + ":", StringComparison.Ordinal))
            .OrderBy(k => k, StringComparer.Ordinal).Select(Table<CoverageTable>).ToArray();
        Releases = _tables.Values.SelectMany(l => l.Select(x => x.Release))
            .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToArray();
    }

    /// <summary>An empty library (every lookup answers "no data").</summary>
    public static ReferenceLibrary Empty { get; } = new ReferenceLibraryBuilder().Build();

    /// <summary>Every loaded release, by table then effective date.</summary>
    public IReadOnlyList<ReferenceRelease> Releases { get; }

    public VersionedTable<IcdCodeSet> Icd10Cm { get; }
    public VersionedTable<ProcedureCodeSet> CptCodes { get; }
    public VersionedTable<ProcedureCodeSet> HcpcsCodes { get; }
    public VersionedTable<PtpTable> PtpPractitioner { get; }
    public VersionedTable<PtpTable> PtpHospital { get; }
    /// <summary>MUEs for the CPT/HCPCS code universe (practitioner and outpatient hospital).</summary>
    public VersionedTable<MueTable> Mue { get; }
    /// <summary>MUEs for HCPCS Level II (practitioner and DME supplier).</summary>
    public VersionedTable<MueTable> MueHcpcs { get; }
    public VersionedTable<AddOnTable> AddOn { get; }
    public VersionedTable<MceEditSet> Mce { get; }
    public VersionedTable<Excludes1Table> Excludes1 { get; }
    public VersionedTable<FeeSchedule> Rvu { get; }
    public VersionedTable<ConversionFactorHistory> ConversionFactors { get; }
    public VersionedTable<IReadOnlyList<GpciLocality>> Gpci { get; }
    public VersionedTable<IReadOnlyList<EmTimeThreshold>> EmTimeThresholds { get; }
    /// <summary>One versioned table per coverage policy (table name "coverage:&lt;policy id&gt;").</summary>
    public IReadOnlyList<VersionedTable<CoverageTable>> Coverage { get; }

    /// <summary>
    /// For run records: each table name mapped to its releases as "version [from..to] file sha256:hash"
    /// (several releases of a table joined with " | ").
    /// </summary>
    public IReadOnlyDictionary<string, string> VersionSummary() =>
        Releases.GroupBy(r => r.Table, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(r =>
            $"{r.Version} [{r.EffectiveFrom:yyyy-MM-dd}..{r.EffectiveTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}] {r.SourceFile} sha256:{r.Sha256}")),
            StringComparer.Ordinal);

    /// <summary>Any table by name; empty when nothing was loaded under it.</summary>
    public VersionedTable<T> Table<T>(string name) where T : class =>
        new(name, _tables.TryGetValue(name, out var list)
            ? list.Select(x => new TableVersion<T>(x.Release, x.Data as T
                ?? throw new InvalidOperationException($"Table {name} holds {x.Data.GetType().Name}, not {typeof(T).Name}.")))
            : []);
}
