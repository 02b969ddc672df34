using System.Security.Cryptography;
using System.Text;
using CodingAudit.Reports.Model;

namespace CodingAudit.Reports.Packet;

/// <summary>
/// HIPAA minimum necessary for the external packet: no patient names, patient ids replaced by a per-packet pseudonym
/// (HMAC-SHA-256 under a random salt that is not kept), birth dates dropped (ages stay), coder names withheld.
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
        return report with
        {
            Audience = Audience.ExternalAuditor,
            PhiMinimised = true,
            Sample = report.Sample.Select(s => s with { PatientId = Pseudonym(s.PatientId), PatientName = null, PatientBirthDate = null }).ToList(),
            Coders = report.Coders.Select(c => c with { Name = c.CoderId }).ToList(),
        };
    }
}
