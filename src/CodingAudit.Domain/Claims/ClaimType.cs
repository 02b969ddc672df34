namespace CodingAudit.Domain.Claims;

/// <summary>
/// The claim form. Only professional claims are produced today; institutional claims (UB-04, revenue codes,
/// inpatient rules for uncertain diagnoses) fit the same model with this flag.
/// </summary>
public enum ClaimType
{
    Professional = 0,
    Institutional = 1,
}
