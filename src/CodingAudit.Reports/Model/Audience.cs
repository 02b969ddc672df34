namespace CodingAudit.Reports.Model;

/// <summary>Who a report is for; decides which sections appear and how much patient detail is shown.</summary>
public enum Audience
{
    /// <summary>Everything: methodology, every coder, findings, projection, sign-off.</summary>
    ComplianceOfficer = 0,
    /// <summary>Per-coder focus: accuracy, trends, error categories and education.</summary>
    CodingManager = 1,
    /// <summary>The packet: methodology, results, findings and projection, with patient data minimised.</summary>
    ExternalAuditor = 2,
}
