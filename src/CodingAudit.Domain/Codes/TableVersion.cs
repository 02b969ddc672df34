namespace CodingAudit.Domain.Codes;

/// <summary>A reference table's data together with the release it came from.</summary>
public sealed record TableVersion<T>(ReferenceRelease Release, T Data) where T : class;
