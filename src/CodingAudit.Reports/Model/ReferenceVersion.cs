namespace CodingAudit.Reports.Model;

/// <summary>One reference table the rules used, with the version (quarter, release) and where it came from.</summary>
public sealed record ReferenceVersion(string Table, string Version, string Source);
