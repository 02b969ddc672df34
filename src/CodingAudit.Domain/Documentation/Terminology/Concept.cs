namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>A clinical condition the analyser recognises, and the ICD-10-CM codes a mention of it supports.</summary>
/// <remarks>
/// A billed code is supported by a mention when it starts with one of <see cref="SupportPrefixes"/> ("I10", "I11",
/// "I12" for hypertension). <see cref="Missable"/> marks conditions an auditor expects coded when the assessment
/// addresses them (not symptoms, which a definitive diagnosis absorbs).
/// </remarks>
public sealed record Concept
{
    public Concept(string id, IReadOnlyList<string> supportPrefixes, string defaultCode, bool missable, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(supportPrefixes);
        if (supportPrefixes.Count == 0) throw new ArgumentException("A concept needs at least one code prefix.", nameof(supportPrefixes));
        Id = id;
        SupportPrefixes = supportPrefixes.Select(p => p.Trim().ToUpperInvariant()).ToArray();
        DefaultCode = defaultCode?.Trim().ToUpperInvariant() ?? "";
        Missable = missable;
        Label = string.IsNullOrWhiteSpace(label) ? id : label;
    }

    public string Id { get; }
    public IReadOnlyList<string> SupportPrefixes { get; }
    public string DefaultCode { get; }
    public bool Missable { get; }
    public string Label { get; }

    /// <summary>True when a mention of this concept supports billed <paramref name="code"/>.</summary>
    public bool Supports(string code) => SupportPrefixes.Any(p => code.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
