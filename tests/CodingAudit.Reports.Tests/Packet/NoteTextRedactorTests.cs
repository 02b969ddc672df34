using CodingAudit.Reports.Model;
using CodingAudit.Reports.Packet;
using CodingAudit.Reports.Tests.Support;

namespace CodingAudit.Reports.Tests.Packet;

public sealed class NoteTextRedactorTests
{
    private static readonly PatientIdentifiers Patient = new("P0004711", "Margaret O'Neil", new DateOnly(1931, 3, 7));

    [Theory]
    [InlineData("Mrs. Margaret O'Neil is seen for CHF.", "Mrs. [name] [name] is seen for CHF.")]
    [InlineData("MARGARET reports dyspnea.", "[name] reports dyspnea.")]
    [InlineData("Patient P0004711, DOB 03/07/1931, seen today.", "Patient [patient id], DOB [birth date], seen today.")]
    [InlineData("Born 1931-03-07.", "Born [birth date].")]
    [InlineData("93-year-old woman with afib.", "90+-year-old woman with afib.")]
    [InlineData("102 y/o male, s/p fall.", "90+ y/o male, s/p fall.")]
    [InlineData("Call back at (555) 123-4567 or 555.123.4567.", "Call back at [phone] or [phone].")]
    [InlineData("SSN 123-45-6789 on file; email m.oneil@example.org.", "SSN [ssn] on file; email [email].")]
    [InlineData("MRN: A-99812 reviewed.", "MRN: [redacted] reviewed.")]
    public void Redact_RemovesIdentifiers(string text, string expected) =>
        Assert.Equal(expected, NoteTextRedactor.Redact(text, Patient));

    [Theory]
    [InlineData("BP 130/74, HR 71, A1c 7.2 on 2024-12-10; 45-year-old with DM2 (E11.9), 20 minutes.")]
    [InlineData("Knee injection, 40 mg triamcinolone; return in 3 months.")]
    public void Redact_KeepsClinicalText(string text) =>
        Assert.Equal(text, NoteTextRedactor.Redact(text, Patient));

    [Fact]
    public void Minimise_RedactsTheQuotedNoteTextOfEachFindingWithItsOwnPatient()
    {
        var report = TestReports.Small();
        var item = report.Sample.First(s => s.PatientName is not null && report.Findings.Any(f => f.ClaimId == s.ClaimId));
        var quoted = $"{item.PatientName} ({item.PatientId}), a 95-year-old, denies chest pain.";
        var findings = report.Findings.Select(f => f.ClaimId == item.ClaimId
            ? f with { EvidenceText = quoted, Message = $"Billed R07.9 but \"{quoted}\"" }
            : f).ToList();

        var minimised = PhiMinimiser.Minimise(report with { Findings = findings }, new byte[32]);

        Assert.All(minimised.Findings.Where(f => f.ClaimId == item.ClaimId), f =>
        {
            Assert.Equal("[name] [name] ([patient id]), a 90+-year-old, denies chest pain.", f.EvidenceText);
            Assert.DoesNotContain(item.PatientId, f.Message, StringComparison.Ordinal);
            Assert.Contains("denies chest pain", f.Message, StringComparison.Ordinal);
        });
    }
}
