namespace CodingAudit.Ingest.ReferenceData;

/// <summary>
/// One line of a reference folder's releases.csv: which file holds which table, in which layout, as which version,
/// and for which dates of service. Files with the same table and version (an official PTP table split over several
/// .TXT files) are merged into one release.
/// </summary>
/// <remarks>A blank <see cref="EffectiveFrom"/> is taken from the rows where the layout carries dates (the earliest PTP
/// or add-on effective date); <see cref="EffectiveTo"/> blank means open-ended.</remarks>
public sealed record ReleaseManifestEntry(string Table, string File, string Format, string Version, DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo, long Line = 0);
