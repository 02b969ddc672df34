using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Coverage;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Fees;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>
/// Builds a <see cref="ReferenceLibrary"/> from a reference folder: the files its releases.csv lists, in the shipped
/// CSV subsets or the official CMS layouts, plus every coverage list under coverage/. Each file is recorded as a
/// <see cref="ReferenceRelease"/> with its SHA-256 and row count.
/// </summary>
public static class ReferenceLibraryLoader
{
    public const string ManifestFile = "releases.csv";
    public const string CoverageFolder = "coverage";

    /// <summary>Loads every table listed in <paramref name="referenceFolder"/>/releases.csv and the coverage lists.</summary>
    public static ReferenceLibrary LoadDefault(string referenceFolder)
    {
        var builder = new ReferenceLibraryBuilder();
        AddFolder(builder, referenceFolder);
        return builder.Build();
    }

    /// <summary>Adds a folder's releases to <paramref name="builder"/> (so a user's current quarter can sit beside the
    /// shipped tables); returns the releases added.</summary>
    public static IReadOnlyList<ReferenceRelease> AddFolder(ReferenceLibraryBuilder builder, string referenceFolder)
    {
        if (!Directory.Exists(referenceFolder)) throw new DirectoryNotFoundException($"reference folder '{referenceFolder}' does not exist");
        var manifest = Path.Combine(referenceFolder, ManifestFile);
        var added = new List<ReferenceRelease>();
        foreach (var group in ReadManifest(manifest).GroupBy(e => (e.Table, e.Version)))
            added.Add(AddRelease(builder, referenceFolder, group.ToArray()));
        var coverage = Path.Combine(referenceFolder, CoverageFolder);
        if (Directory.Exists(coverage))
        {
            foreach (var file in Directory.GetFiles(coverage, "*.csv").Order(StringComparer.Ordinal))
                added.Add(AddCoverage(builder, file));
        }
        return added;
    }

    /// <summary>Reads releases.csv: table, file, format, version, effective_from, effective_to.</summary>
    public static IReadOnlyList<ReleaseManifestEntry> ReadManifest(string path)
    {
        var entries = new List<ReleaseManifestEntry>();
        foreach (var row in new CsvTableReader(path).Rows("table", "file", "format", "version", "effective_from", "effective_to"))
        {
            var format = row.Required("format");
            if (!ReferenceFormats.All.Contains(format))
                throw row.Fail("format", $"'{format}' is not a known layout ({string.Join(", ", ReferenceFormats.All)})");
            var from = row.Date("effective_from");
            var to = row.Date("effective_to");
            if (from is { } f && to is { } t && t < f) throw row.Fail("effective_to", $"{t:yyyy-MM-dd} is before effective_from {f:yyyy-MM-dd}");
            entries.Add(new ReleaseManifestEntry(row.Required("table"), row.Required("file"), format, row.Required("version"), from, to, row.Line));
        }
        return entries;
    }

    /// <summary>Reads the files of one release (same table and version) and adds it to the builder.</summary>
    public static ReferenceRelease AddRelease(ReferenceLibraryBuilder builder, string folder, IReadOnlyList<ReleaseManifestEntry> files)
    {
        var first = files[0];
        var paths = files.Select(f => Path.IsPathRooted(f.File) ? f.File : Path.Combine(folder, f.File)).ToArray();
        foreach (var p in paths)
        {
            if (!File.Exists(p)) throw new ReferenceDataException(ManifestFile, first.Line, "file", $"'{p}' does not exist");
        }
        var sources = string.Join(";", files.Select(f => Path.GetFileName(f.File)));
        var sha = string.Join(";", paths.Select(ReferenceValues.Sha256));
        ReferenceRelease Release(int rows, DateOnly? derivedFrom = null) =>
            new(first.Table, first.Version, first.EffectiveFrom ?? derivedFrom ?? throw new ReferenceDataException(ManifestFile, first.Line,
                "effective_from", "is empty and the layout carries no dates to derive it from"), first.EffectiveTo, sources, sha, rows);

        switch (first.Format)
        {
            case ReferenceFormats.IcdSubsetCsv or ReferenceFormats.IcdOrderTxt:
            {
                var codes = files.Zip(paths).SelectMany(x => x.First.Format == ReferenceFormats.IcdOrderTxt
                    ? IcdCodeFiles.ReadOrderFile(x.Second) : IcdCodeFiles.ReadSubsetCsv(x.Second)).ToArray();
                var release = Release(codes.Length);
                builder.Add(release, new IcdCodeSet(codes, isComplete: first.Format == ReferenceFormats.IcdOrderTxt));
                return release;
            }
            case ReferenceFormats.CodeUniverseCsv or ReferenceFormats.HcpcsCsv:
            {
                var codes = files.Zip(paths).SelectMany(x => x.First.Format == ReferenceFormats.HcpcsCsv
                    ? ProcedureCodeFiles.ReadHcpcs(x.Second) : ProcedureCodeFiles.ReadCodeUniverse(x.Second)).ToArray();
                var release = Release(codes.Length);
                builder.Add(release, new ProcedureCodeSet(codes, isComplete: false));
                return release;
            }
            case ReferenceFormats.PtpSubsetCsv or ReferenceFormats.PtpCmsTxt or ReferenceFormats.PtpChangesCsv:
            {
                var setting = first.Table == ReferenceTables.PtpHospital ? "outpatient_hospital" : "practitioner";
                var table = new PtpTable.Builder(setting);
                var rows = 0;
                foreach (var (entry, path) in files.Zip(paths))
                    rows += entry.Format switch
                    {
                        ReferenceFormats.PtpCmsTxt => PtpFiles.ReadOfficialTxt(path, setting, table),
                        ReferenceFormats.PtpChangesCsv => PtpFiles.ApplyChangesCsv(path, table),
                        _ => PtpFiles.ReadSubsetCsv(path, table),
                    };
                var built = table.Build();
                var release = Release(rows, new DateOnly(1996, 1, 1));
                builder.Add(release, built);
                return release;
            }
            case ReferenceFormats.MueSubsetCsv or ReferenceFormats.MueCmsCsv:
            {
                var edits = files.Zip(paths).SelectMany(x => x.First.Format == ReferenceFormats.MueCmsCsv
                    ? MueFiles.ReadOfficialCsv(x.Second, x.First.EffectiveFrom ?? DateOnly.MinValue)
                    : MueFiles.ReadSubsetCsv(x.Second)).ToArray();
                var release = Release(edits.Length, edits.Select(e => e.TableDate).Min());
                builder.Add(release, new MueTable(edits));
                return release;
            }
            case ReferenceFormats.AddOnCsv:
            {
                var edits = paths.SelectMany(AddOnFiles.ReadCsv).ToArray();
                var release = Release(edits.Length, edits.Select(e => e.EffectiveDate).Min());
                builder.Add(release, new AddOnTable(edits));
                return release;
            }
            case ReferenceFormats.MceCsv:
            {
                var edits = paths.SelectMany(DiagnosisEditFiles.ReadMceCsv).ToArray();
                var release = Release(edits.Length);
                builder.Add(release, new MceEditSet(edits));
                return release;
            }
            case ReferenceFormats.Excludes1Csv:
            {
                var notes = paths.SelectMany(DiagnosisEditFiles.ReadExcludes1Csv).ToArray();
                var release = Release(notes.Length);
                builder.Add(release, new Excludes1Table(notes));
                return release;
            }
            case ReferenceFormats.RvuCsv:
            {
                var read = paths.Select(FeeScheduleFiles.ReadRvuCsv).ToArray();
                var rows = read.SelectMany(r => r.Rows).ToArray();
                var release = Release(rows.Length);
                builder.Add(release, new FeeSchedule(rows, read[^1].ConversionFactor));
                return release;
            }
            case ReferenceFormats.GpciCsv:
            {
                IReadOnlyList<GpciLocality> rows = paths.SelectMany(FeeScheduleFiles.ReadGpciCsv).ToArray();
                var release = Release(rows.Count);
                builder.Add(release, rows);
                return release;
            }
            case ReferenceFormats.ConversionFactorCsv:
            {
                var periods = paths.SelectMany(FeeScheduleFiles.ReadConversionFactorCsv).ToArray();
                var release = Release(periods.Length, periods.Select(p => (DateOnly?)p.Start).Min());
                builder.Add(release, new ConversionFactorHistory(periods));
                return release;
            }
            case ReferenceFormats.EmTimeCsv:
            {
                IReadOnlyList<EmTimeThreshold> rows = paths.SelectMany(FeeScheduleFiles.ReadEmTimeCsv).ToArray();
                var release = Release(rows.Count, rows.Select(r => (DateOnly?)r.EffectiveDate).Min());
                builder.Add(release, rows);
                return release;
            }
            default:
                throw new ReferenceDataException(ManifestFile, first.Line, "format", $"'{first.Format}' is not a known layout");
        }
    }

    /// <summary>Reads one coverage list file and adds it as table "coverage:&lt;policy id&gt;".</summary>
    public static ReferenceRelease AddCoverage(ReferenceLibraryBuilder builder, string path)
    {
        var (list, version, from) = CoverageFiles.ReadCsv(path);
        var release = new ReferenceRelease($"{ReferenceTables.Coverage}:{list.PolicyId}", version, from, null, Path.GetFileName(path),
            ReferenceValues.Sha256(path), list.Procedures.Count + list.CoveredDiagnoses.Count);
        builder.Add(release, new CoverageTable([list]));
        return release;
    }
}
