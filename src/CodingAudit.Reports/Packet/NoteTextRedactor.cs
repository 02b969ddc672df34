using System.Globalization;
using System.Text.RegularExpressions;

namespace CodingAudit.Reports.Packet;

/// <summary>The identifiers of one claim's patient that note text may repeat.</summary>
public sealed record PatientIdentifiers(string PatientId, string? Name, DateOnly? BirthDate);

/// <summary>
/// Takes identifiers out of note text quoted in the external packet (finding evidence and the messages that quote it),
/// keeping the clinical words so the auditor can still follow each finding: the claim's own patient name, id and
/// birth date where the report knows them, and what any note may carry (phone numbers, SSNs, e-mail addresses,
/// record-number labels, and ages over 89, which HIPAA's Safe Harbor groups as "90 or older").
/// </summary>
public static partial class NoteTextRedactor
{
    public static string? Redact(string? text, PatientIdentifiers? patient)
    {
        if (string.IsNullOrEmpty(text)) return text;
        if (patient is not null)
        {
            if (patient.PatientId.Length >= 3) text = text.Replace(patient.PatientId, "[patient id]", StringComparison.OrdinalIgnoreCase);
            if (patient.BirthDate is { } born)
                foreach (var format in BirthDateFormats)
                    text = text.Replace(born.ToString(format, CultureInfo.InvariantCulture), "[birth date]", StringComparison.Ordinal);
            foreach (var part in NameParts(patient.Name))
                text = Regex.Replace(text, $@"\b{Regex.Escape(part)}\b", "[name]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        text = Ssn().Replace(text, "[ssn]");
        text = Phone().Replace(text, "[phone]");
        text = Email().Replace(text, "[email]");
        text = RecordNumber().Replace(text, "${label} [redacted]");
        return AgeOver89().Replace(text, "90+");
    }

    private static readonly string[] BirthDateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "MM/dd/yy", "M/d/yy"];

    // Single letters and titles would blank out ordinary words; a name's parts of two letters or more are kept out.
    private static IEnumerable<string> NameParts(string? name) =>
        (name ?? "").Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Length >= 2 && !Titles.Contains(p));

    private static readonly HashSet<string> Titles = new(["Mr", "Mrs", "Ms", "Miss", "Dr", "Jr", "Sr", "II", "III"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b\d{3}-\d{2}-\d{4}\b")]
    private static partial Regex Ssn();

    [GeneratedRegex(@"(?<!\d)(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<label>\b(?:MRN|medical record (?:number|no\.?)|account (?:number|no\.?))\s*[:#]?)\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecordNumber();

    [GeneratedRegex(@"\b(?:9\d|1[0-4]\d)(?=\s?(?:-\s?)?(?:years?|yrs?|y/o|yo)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeOver89();
}
