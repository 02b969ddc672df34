using System.Text;

namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// Renders an encounter's documentation as a clinical note. Headings and phrasing vary by template so that a
/// documentation check cannot rely on one fixed layout; the content always matches the correct coding.
/// </summary>
internal sealed class NoteWriter
{
    private static readonly string[][] Headings =
    [
        ["CHIEF COMPLAINT:", "Chief Complaint:", "CC:", "Reason for visit:"],
        ["HISTORY OF PRESENT ILLNESS:", "HPI:", "History of Present Illness:", "Subjective:"],
        ["PAST MEDICAL HISTORY:", "PMH:", "Past History:"],
        ["SOCIAL HISTORY:", "Social History:", "SH:"],
        ["FAMILY HISTORY:", "Family History:", "FH:"],
        ["REVIEW OF SYSTEMS:", "ROS:", "Review of Systems:"],
        ["PHYSICAL EXAM:", "EXAM:", "Physical Examination:", "Objective:"],
        ["PROCEDURE:", "Procedures:", "Procedure Note:"],
        ["ASSESSMENT AND PLAN:", "ASSESSMENT/PLAN:", "A/P:", "Assessment & Plan:", "IMPRESSION AND PLAN:"],
    ];

    private readonly SeededRandom _rng;
    private readonly StringBuilder _sb = new(4096);

    public NoteWriter(SeededRandom rng) => _rng = rng;

    public string Write(Encounter e)
    {
        _sb.Clear();
        var style = _rng.Next(3); // 0 upper-case headings, 1 title case, 2 abbreviations
        string H(int section) => Headings[section][Math.Min(style == 2 ? 2 : style, Headings[section].Length - 1)] is var h && _rng.Chance(0.8)
            ? h
            : Headings[section][_rng.Next(Headings[section].Length)];

        _sb.Append(e.Title).Append('\n');
        _sb.Append("Date of service: ").Append(e.ServiceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append("   Provider: ").Append(e.ProviderName).Append('\n');
        _sb.Append(e.NewPatient ? "New patient visit." : "Established patient.").Append("\n\n");
        Section(H(0), e.ChiefComplaint);
        Section(H(1), string.Join(" ", e.Hpi));
        if (e.PastHistory.Count > 0) Section(H(2), string.Join(" ", e.PastHistory));
        if (e.Social.Count > 0) Section(H(3), string.Join(" ", e.Social));
        if (e.FamilyHistory.Count > 0) Section(H(4), string.Join(" ", e.FamilyHistory));
        if (e.Ros.Count > 0) Section(H(5), string.Join(_rng.Chance(0.5) ? " " : "\n", e.Ros));
        if (e.Exam.Count > 0) Section(H(6), string.Join("\n", e.Exam));
        if (e.Procedures.Count > 0) Section(H(7), string.Join("\n", e.Procedures));
        if (e.TherapyMinutes is not null) _sb.Append(e.TherapyMinutes).Append("\n\n");
        Section(H(8), string.Join("\n", e.Assessment));
        if (e.Mdm is not null) _sb.Append(e.Mdm).Append('\n');
        if (e.TimeStatement is not null) _sb.Append(e.TimeStatement).Append('\n');
        _sb.Append('\n').Append(_rng.Chance(0.5) ? "Electronically signed by " : "Signed: ").Append(e.ProviderName);
        return _sb.ToString();
    }

    private void Section(string heading, string body)
    {
        if (body.Length == 0) return;
        _sb.Append(heading).Append(body.Contains('\n') ? "\n" : " ").Append(body).Append("\n\n");
    }
}
