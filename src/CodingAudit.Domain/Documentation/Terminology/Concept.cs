namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>A clinical condition the analyser recognises, and the ICD-10-CM codes a mention of it supports.</summary>
/// <remarks>
/// A billed code is supported by a mention when it starts with one of <see cref="SupportPrefixes"/> ("I10", "I11",
/// "I12" for hypertension). <see cref="Missable"/> marks conditions an auditor expects coded when the assessment
/// addresses them (not symptoms, which a definitive diagnosis absorbs). <see cref="MdmType"/> is how the problem counts
/// in medical decision making: <see cref="Chronic"/>, <see cref="Acute"/>, <see cref="Systemic"/> or <see cref="SelfLimited"/>.
/// </remarks>
public sealed record Concept
{
    public const string Chronic = "chronic";
    public const string Acute = "acute";
    public const string Systemic = "systemic";
    public const string SelfLimited = "self_limited";

    public Concept(string id, IReadOnlyList<string> supportPrefixes, string defaultCode, bool missable, string label, string mdmType = Acute,
        bool isSymptom = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(supportPrefixes);
        if (supportPrefixes.Count == 0) throw new ArgumentException("A concept needs at least one code prefix.", nameof(supportPrefixes));
        Id = id;
        SupportPrefixes = supportPrefixes.Select(p => p.Trim().ToUpperInvariant()).ToArray();
        DefaultCode = defaultCode?.Trim().ToUpperInvariant() ?? "";
        Missable = missable;
        Label = string.IsNullOrWhiteSpace(label) ? id : label;
        IsSymptom = isSymptom;
        MdmType = string.IsNullOrWhiteSpace(mdmType) ? Acute : mdmType.Trim().ToLowerInvariant();
        if (MdmType is not (Chronic or Acute or Systemic or SelfLimited))
            throw new ArgumentOutOfRangeException(nameof(mdmType), mdmType, "MDM type must be chronic, acute, systemic or self_limited.");
    }

    public string Id { get; }
    public IReadOnlyList<string> SupportPrefixes { get; }
    public string DefaultCode { get; }
    public bool Missable { get; }
    public string Label { get; }
    public string MdmType { get; }

    /// <summary>A sign or symptom: expected coded only when the assessment reaches no definitive diagnosis for it.</summary>
    public bool IsSymptom { get; }

    /// <summary>True when a mention of this concept supports billed <paramref name="code"/>.</summary>
    public bool Supports(string code) => SupportPrefixes.Any(p => code.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
