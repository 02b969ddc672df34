using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Coverage;
using CodingAudit.Domain.Fees;

namespace CodingAudit.Domain.Edits;

/// <summary>The table versions that apply on one date of service, resolved once per date and shared by its claims.</summary>
internal sealed class EditDay
{
    public EditDay(ReferenceLibrary library, DateOnly date)
    {
        Date = date;
        Icd = library.Icd10Cm.On(date);
        Cpt = library.CptCodes.On(date);
        Hcpcs = library.HcpcsCodes.On(date);
        PtpPractitioner = library.PtpPractitioner.On(date);
        PtpHospital = library.PtpHospital.On(date);
        Mue = library.Mue.On(date);
        MueHcpcs = library.MueHcpcs.On(date);
        AddOn = library.AddOn.On(date);
        Mce = library.Mce.On(date);
        Excludes1 = library.Excludes1.On(date);
        Rvu = library.Rvu.On(date);
        ConversionFactorVersion = library.ConversionFactors.On(date);
        ConversionFactor = ConversionFactorVersion?.Data.On(date);
        var coverage = new List<TableVersion<CoverageTable>>();
        foreach (var t in library.Coverage)
        {
            if (t.On(date) is { } v) coverage.Add(v);
        }
        Coverage = coverage.ToArray();
        var releases = new List<ReferenceRelease>();
        void Use<T>(TableVersion<T>? v) where T : class { if (v is not null) releases.Add(v.Release); }
        Use(Icd); Use(Cpt); Use(Hcpcs); Use(PtpPractitioner); Use(PtpHospital); Use(Mue); Use(MueHcpcs); Use(AddOn); Use(Mce);
        Use(Excludes1); Use(Rvu); Use(ConversionFactorVersion);
        foreach (var c in Coverage) releases.Add(c.Release);
        Releases = releases.ToArray();
    }

    public DateOnly Date { get; }
    public TableVersion<IcdCodeSet>? Icd { get; }
    public TableVersion<ProcedureCodeSet>? Cpt { get; }
    public TableVersion<ProcedureCodeSet>? Hcpcs { get; }
    public TableVersion<PtpTable>? PtpPractitioner { get; }
    public TableVersion<PtpTable>? PtpHospital { get; }
    public TableVersion<MueTable>? Mue { get; }
    public TableVersion<MueTable>? MueHcpcs { get; }
    public TableVersion<AddOnTable>? AddOn { get; }
    public TableVersion<MceEditSet>? Mce { get; }
    public TableVersion<Excludes1Table>? Excludes1 { get; }
    public TableVersion<FeeSchedule>? Rvu { get; }
    public TableVersion<ConversionFactorHistory>? ConversionFactorVersion { get; }
    public decimal? ConversionFactor { get; }
    public TableVersion<CoverageTable>[] Coverage { get; }
    public ReferenceRelease[] Releases { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ReferenceRelease Release, CoverageList List)[]> _governing =
        new(StringComparer.Ordinal);

    /// <summary>The coverage lists in force on this date that govern a procedure code, with their releases.</summary>
    public (ReferenceRelease Release, CoverageList List)[] Governing(string code) =>
        Coverage.Length == 0 ? [] : _governing.GetOrAdd(code, static (c, versions) =>
            versions.SelectMany(v => v.Data.Governing(c).Select(l => (v.Release, l))).ToArray(), Coverage);

    /// <summary>Texts that depend only on the date and a table or code (the no-data notices), built once per date so the
    /// hot path does not format them per claim. One map per purpose, so lookups need no composite key.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> NoDataMessages { get; } = new(StringComparer.Ordinal);
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> NoDataCitations { get; } = new(StringComparer.Ordinal);
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> IcdSubsetMessages { get; } = new(StringComparer.Ordinal);
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> ProcedureSubsetMessages { get; } = new(StringComparer.Ordinal);
}
