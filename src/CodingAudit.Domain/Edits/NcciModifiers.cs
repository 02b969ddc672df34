namespace CodingAudit.Domain.Edits;

/// <summary>Modifier vocabularies the edits use.</summary>
public static class NcciModifiers
{
    /// <summary>NCCI-associated modifiers: one on either line bypasses a PTP edit with modifier indicator 1.</summary>
    public static readonly IReadOnlySet<string> PtpAssociated = new HashSet<string>(StringComparer.Ordinal)
    {
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "LC", "LD", "LM", "LT", "RC",
        "RI", "RT", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "24", "25", "27", "57", "58", "59", "78",
        "79", "91", "XE", "XP", "XS", "XU",
    };

    /// <summary>Distinct-procedural-service modifiers, which only make sense to bypass a PTP edit.</summary>
    public static readonly IReadOnlySet<string> DistinctService = new HashSet<string>(StringComparer.Ordinal)
    {
        "59", "XE", "XS", "XP", "XU",
    };

    /// <summary>Side modifiers checked against the MPFS bilateral indicator.</summary>
    public static readonly IReadOnlySet<string> Laterality = new HashSet<string>(StringComparer.Ordinal) { "RT", "LT", "50" };
}
