using System.Globalization;

namespace CodingAudit.Ingest.ReferenceData;

/// <summary>Date formats the CMS files use, and file hashing for release records.</summary>
public static class ReferenceValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "MM/dd/yyyy", "M/d/yyyy"];

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A Julian date as the official add-on file writes it (YYYYDDD).</summary>
    internal static bool TryParseJulian(string text, out DateOnly date)
    {
        date = default;
        var t = text.Trim();
        if (t.Length != 7 || !int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(t[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > (DateTime.IsLeapYear(y) ? 366 : 365))
            return false;
        date = new DateOnly(y, 1, 1).AddDays(d - 1);
        return true;
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
