using System.Security.Cryptography;
using System.Text;
using CodingAudit.Reports.Model;

namespace CodingAudit.Reports.Packet;

/// <summary>
/// HIPAA minimum necessary for the external packet: no patient names, patient ids replaced by a per-packet pseudonym
/// (HMAC-SHA-256 under a random salt that is not kept), birth dates dropped (ages stay, over 89 as 90), coder names
/// withheld, and the note text that findings quote redacted (<see cref="NoteTextRedactor"/>).
/// </summary>
public static class PhiMinimiser
{
    public static AuditReport Minimise(AuditReport report, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(salt);
        if (salt.Length < 16) throw new ArgumentException("The salt must be at least 16 bytes.", nameof(salt));
        using var hmac = new HMACSHA256(salt);
        var pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pseudonym(string patientId)
        {
            if (pseudonyms.TryGetValue(patientId, out var known)) return known;
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(patientId));
            return pseudonyms[patientId] = "PT-" + Convert.ToHexString(hash, 0, 6);
        }
        var patients = report.Sample.GroupBy(s => s.ClaimId, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => new PatientIdentifiers(g.First().PatientId, g.First().PatientName, g.First().PatientBirthDate), StringComparer.Ordinal);
        return report with
        {
            Findings = report.Findings.Select(f =>
            {
                var patient = patients.GetValueOrDefault(f.ClaimId);
                return f with { Message = NoteTextRedactor.Redact(f.Message, patient)!, EvidenceText = NoteTextRedactor.Redact(f.EvidenceText, patient) };
            }).ToList(),
            Audience = Audience.ExternalAuditor,
            PhiMinimised = true,
            Sample = report.Sample.Select(s => s with { PatientId = Pseudonym(s.PatientId), PatientName = null, PatientBirthDate = null,
                // Safe Harbor groups ages over 89: 90 here means 90 or older.
                PatientAge = Math.Min(s.PatientAge, 90) }).ToList(),
            Coders = report.Coders.Select(c => c with { Name = c.CoderId }).ToList(),
            PopulationEditHits = report.PopulationEditHits.Select(h => h with { Name = h.CoderId }).ToList(),
        };
    }
}
