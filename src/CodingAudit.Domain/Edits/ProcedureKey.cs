namespace CodingAudit.Domain.Edits;

/// <summary>
/// Packs a five-character CPT/HCPCS code into an int (base 37 per character) so the edit indexes key on numbers and
/// pairs of codes on one long, without allocating strings in the hot path.
/// </summary>
internal static class ProcedureKey
{
    public const int None = -1;

    public static int Encode(ReadOnlySpan<char> code)
    {
        if (code.Length != 5) return None;
        var key = 0;
        foreach (var ch in code)
        {
            int v = ch switch
            {
                >= '0' and <= '9' => ch - '0' + 1,
                >= 'A' and <= 'Z' => ch - 'A' + 11,
                >= 'a' and <= 'z' => ch - 'a' + 11,
                _ => -1,
            };
            if (v < 0) return None;
            key = key * 37 + v;
        }
        return key;
    }

    public static long Pair(int column1, int column2) => ((long)column1 << 32) | (uint)column2;
}
