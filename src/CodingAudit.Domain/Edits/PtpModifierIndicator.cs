namespace CodingAudit.Domain.Edits;

/// <summary>NCCI PTP modifier indicator.</summary>
public enum PtpModifierIndicator
{
    /// <summary>0: no modifier bypasses the edit.</summary>
    NotAllowed = 0,
    /// <summary>1: an NCCI-associated modifier on either line may bypass the edit.</summary>
    Allowed = 1,
    /// <summary>9: the edit does not apply.</summary>
    NotApplicable = 9,
}
