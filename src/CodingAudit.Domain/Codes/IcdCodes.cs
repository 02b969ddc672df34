namespace CodingAudit.Domain.Codes;

/// <summary>Helpers for the shape of ICD-10-CM codes.</summary>
public static class IcdCodes
{
    /// <summary>Upper case, trimmed, with the dot after the third character ("e119" -> "E11.9").</summary>
    public static string Normalize(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        if (c.Length > 3 && c[3] != '.' && !c.Contains('.', StringComparison.Ordinal)) c = c[..3] + "." + c[3..];
        return c;
    }

    /// <summary>External-cause codes (V00-Y99), never first-listed.</summary>
    public static bool IsExternalCause(string code) => code.Length > 0 && code[0] is 'V' or 'W' or 'X' or 'Y';

    /// <summary>The three-character category ("E11.22" -> "E11").</summary>
    public static ReadOnlySpan<char> Category(ReadOnlySpan<char> code) => code.Length <= 3 ? code : code[..3];
}
