using System.Text.Json;
using CodingAudit.Domain.Codes;
using CodingAudit.Ingest.ReferenceData;

namespace CodingAudit.Persistence.Reference;

/// <summary>One release a load met: recorded now, or already in the database from an earlier load.</summary>
public sealed record ReferenceLoadLine(Domain.Codes.ReferenceRelease Release, bool Created);

/// <summary>
/// Loads a reference folder (its releases.csv and coverage lists, in the shipped CSV subsets or the official CMS
/// layouts) into the database as versioned releases. Every file is parsed first, so a malformed file is reported with
/// its line and field and nothing is recorded; then each release is stored with the lines of its source files.
/// Loading the same files again changes nothing (a release is keyed by table and SHA-256); a new quarter adds releases
/// and keeps the earlier ones.
/// </summary>
public sealed class ReferenceFolderLoad(AuditDatabase database)
{
    public async Task<IReadOnlyList<ReferenceLoadLine>> RunAsync(string folder, CancellationToken cancel = default)
    {
        var releases = ReferenceLibraryLoader.AddFolder(new ReferenceLibraryBuilder(), folder);
        var result = new List<ReferenceLoadLine>();
        foreach (var release in releases)
        {
            var files = release.SourceFile.Split(';').Select(f => Locate(folder, f)).ToArray();
            var load = await database.Reference.RecordReleaseAsync(release.Table, release.Version, release.EffectiveFrom,
                release.EffectiveTo, release.SourceFile, release.Sha256, Lines(files), cancel);
            result.Add(new ReferenceLoadLine(release, load.Created));
        }
        return result;
    }

    /// <summary>The source lines as stored rows: key "file:line", data the line as a JSON string.</summary>
    private static IEnumerable<ReferenceRowData> Lines(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var number = 0;
            foreach (var line in File.ReadLines(path))
                yield return new ReferenceRowData($"{name}:{++number}", JsonSerializer.Serialize(line));
        }
    }

    private static string Locate(string folder, string file)
    {
        foreach (var candidate in new[] { Path.Combine(folder, file), Path.Combine(folder, ReferenceLibraryLoader.CoverageFolder, file) })
            if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException($"reference file '{file}' is not in {folder}", file);
    }
}
