using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using CodingAudit.Ingest.ReferenceData;
using CodingAudit.Testing;

namespace CodingAudit.Domain.Tests.Edits;

/// <summary>The shipped reference tables (seed-data/reference), loaded once for all edit tests.</summary>
internal static class RealTables
{
    private static readonly Lazy<ReferenceLibrary> Lazy = new(() => ReferenceLibraryLoader.LoadDefault(RepoPaths.ReferenceData));

    public static ReferenceLibrary Library => Lazy.Value;

    public static IReadOnlyList<Finding> Check(ClaimForReview claim, params ClaimForReview[] sameDay) =>
        new EditEngine(Library).Check(claim, sameDay);

    public static IReadOnlyList<Finding> OfKind(this IReadOnlyList<Finding> findings, string kind) =>
        findings.Where(f => f.Kind == kind).ToArray();
}
