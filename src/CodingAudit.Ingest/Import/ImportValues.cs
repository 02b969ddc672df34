using System.Globalization;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Ingest.Import;

/// <summary>Parsing and validation of single field values; each returns null on success or the reason it failed.</summary>
public static class ImportValues
{
    public const int MaxIdLength = 64;
    public const int MaxDiagnoses = 12;

    public static string? CheckId(string value)
    {
        if (value.Length == 0) return "is empty";
        if (value.Length > MaxIdLength) return $"is longer than {MaxIdLength} characters";
        foreach (var c in value)
            if (char.IsControl(c) || c == ImportFiles.ListSeparator) return "contains a control character or '|'";
        return null;
    }

    public static string? ParseDate(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return null;
        return $"'{value}' is not a date in the form YYYY-MM-DD";
    }

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>An ISO-8601 timestamp with an explicit zone: a trailing Z or an offset such as +01:00.</summary>
    public static string? ParseTimestamp(string value, out DateTimeOffset timestamp)
    {
        timestamp = default;
        var hasZone = value.EndsWith('Z') || value.EndsWith('z') ||
                      (value.Length > 6 && (value[^6] == '+' || value[^6] == '-') && value[^3] == ':');
        if (!hasZone) return $"'{value}' has no time zone (write UTC as 2024-09-10T14:05:00Z)";
        if (!DateTimeOffset.TryParseExact(value, TimestampFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal, out timestamp))
            return $"'{value}' is not an ISO-8601 timestamp";
        timestamp = timestamp.ToUniversalTime();
        return null;
    }

    public static string? ParseSex(string value, out Sex sex)
    {
        switch (value.ToUpperInvariant())
        {
            case "F" or "FEMALE": sex = Sex.Female; return null;
            case "M" or "MALE": sex = Sex.Male; return null;
            case "U" or "UNKNOWN": sex = Sex.Unknown; return null;
            default: sex = Sex.Unknown; return $"'{value}' is not a sex code (F, M or U)";
        }
    }

    public static string SexCode(Sex sex) => sex switch { Sex.Female => "F", Sex.Male => "M", _ => "U" };

    /// <summary>NPI: ten digits whose last is the Luhn check digit computed over the prefix 80840 and the first nine.</summary>
    public static string? CheckNpi(string value, bool verifyCheckDigit)
    {
        if (value.Length != 10 || !value.All(char.IsAsciiDigit)) return $"'{value}' is not a 10-digit NPI";
        if (verifyCheckDigit && NpiCheckDigit(value.AsSpan(0, 9)) != value[9] - '0')
            return $"'{value}' fails the NPI check digit";
        return null;
    }

    /// <summary>The Luhn check digit of an NPI's first nine digits, with the card-issuer prefix 80840.</summary>
    public static int NpiCheckDigit(ReadOnlySpan<char> firstNine)
    {
        // Luhn over "80840" + nine digits, doubling every second digit from the right of the payload.
        var sum = 24; // the prefix 80840 contributes a constant 24
        for (var i = 0; i < 9; i++)
        {
            var d = firstNine[8 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public static string? CheckPlaceOfService(string value) =>
        value.Length == 2 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1])
            ? null
            : $"'{value}' is not a two-digit place-of-service code";

    public static string? ParseClaimType(string value, out ClaimType type)
    {
        switch (value.ToUpperInvariant())
        {
            case "" or "PROFESSIONAL": type = ClaimType.Professional; return null;
            case "INSTITUTIONAL": type = ClaimType.Institutional; return null;
            default: type = ClaimType.Professional; return $"'{value}' is not a claim type (professional or institutional)";
        }
    }

    /// <summary>ICD-10-CM shape: letter, digit, alphanumeric, then optionally a dot and one to four alphanumerics.</summary>
    public static bool IsIcd10CmShape(string code)
    {
        if (code.Length < 3 || code.Length > 8) return false;
        if (!char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiLetterOrDigit(code[2])) return false;
        if (code.Length == 3) return true;
        if (code[3] != '.' || code.Length == 4) return false;
        for (var i = 4; i < code.Length; i++)
            if (!char.IsAsciiDigit(code[i]) && !char.IsAsciiLetterUpper(code[i])) return false;
        return true;
    }

    public static string? ParseDiagnoses(string value, out string[] diagnoses)
    {
        diagnoses = value.Length == 0 ? [] : value.Split(ImportFiles.ListSeparator, StringSplitOptions.TrimEntries);
        if (diagnoses.Length == 0) return "a claim needs at least one diagnosis";
        if (diagnoses.Length > MaxDiagnoses) return $"{diagnoses.Length} diagnoses; at most {MaxDiagnoses}";
        for (var i = 0; i < diagnoses.Length; i++)
        {
            diagnoses[i] = diagnoses[i].ToUpperInvariant();
            if (!IsIcd10CmShape(diagnoses[i])) return $"'{diagnoses[i]}' is not an ICD-10-CM code (with its dot, e.g. M17.11)";
        }
        for (var i = 1; i < diagnoses.Length; i++)
            for (var j = 0; j < i; j++)
                if (diagnoses[i] == diagnoses[j]) return $"diagnosis {diagnoses[i]} is listed twice";
        return null;
    }

    public static string? CheckCode(string code, string system)
    {
        switch (system.ToUpperInvariant())
        {
            case "CPT":
                // Category I: five digits; Category II/III: four digits and F or T; PLA: four digits and U.
                if (code.Length == 5 && code.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0 &&
                    (char.IsAsciiDigit(code[4]) || code[4] is 'F' or 'T' or 'U')) return null;
                return $"'{code}' is not a CPT code";
            case "HCPCS":
                if (code.Length == 5 && code[0] is >= 'A' and <= 'V' && code.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0) return null;
                return $"'{code}' is not a HCPCS Level II code";
            default:
                return $"'{system}' is not a known code system (CPT or HCPCS)";
        }
    }

    public static string? ParseModifiers(string value, out string[] modifiers)
    {
        modifiers = value.Length == 0 ? [] : value.Split(ImportFiles.ListSeparator, StringSplitOptions.TrimEntries);
        if (modifiers.Length > ClaimLine.MaxModifiers) return $"{modifiers.Length} modifiers; at most {ClaimLine.MaxModifiers}";
        for (var i = 0; i < modifiers.Length; i++)
        {
            modifiers[i] = modifiers[i].ToUpperInvariant();
            if (modifiers[i].Length != 2 || !char.IsAsciiLetterOrDigit(modifiers[i][0]) || !char.IsAsciiLetterOrDigit(modifiers[i][1]))
                return $"'{modifiers[i]}' is not a two-character modifier";
        }
        return null;
    }

    public static string? ParseUnits(string value, out int units)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out units) && units is >= 1 and <= 9999) return null;
        return $"'{value}' is not a whole number of units from 1 to 9999";
    }

    public static string? ParseCharge(string value, out decimal charge)
    {
        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out charge) && charge <= 9_999_999m)
            return null;
        return $"'{value}' is not an amount (digits and a decimal point, not negative)";
    }

    public static string? ParsePointers(string value, int diagnosisCount, out int[] pointers)
    {
        var parts = value.Length == 0 ? [] : value.Split(ImportFiles.ListSeparator, StringSplitOptions.TrimEntries);
        pointers = new int[parts.Length];
        if (parts.Length == 0) return "a line needs at least one diagnosis pointer";
        if (parts.Length > ClaimLine.MaxPointers) return $"{parts.Length} pointers; at most {ClaimLine.MaxPointers}";
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out pointers[i]) || pointers[i] < 1)
                return $"'{parts[i]}' is not a diagnosis position (1, 2, ...)";
            if (pointers[i] > diagnosisCount)
                return $"pointer {pointers[i]} is beyond the claim's {diagnosisCount} diagnos{(diagnosisCount == 1 ? "is" : "es")}";
        }
        return null;
    }

    public static string? ParseMinutes(string value, out int? minutes)
    {
        minutes = null;
        if (value.Length == 0) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m <= 1440)
        {
            minutes = m;
            return null;
        }
        return $"'{value}' is not a number of minutes from 0 to 1440";
    }
}
