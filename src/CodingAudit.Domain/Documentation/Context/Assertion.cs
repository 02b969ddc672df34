namespace CodingAudit.Domain.Documentation.Context;

/// <summary>What the note says about a mentioned condition or procedure (NegEx/ConText categories).</summary>
public enum Assertion
{
    /// <summary>Present in the patient now (or, for a procedure, done).</summary>
    Affirmed = 0,
    /// <summary>"denies", "no evidence of", "negative for", "ruled out"; for procedures also "declined", "deferred".</summary>
    Negated,
    /// <summary>"probable", "suspected", "rule out", "consistent with": not codable on outpatient claims.</summary>
    Uncertain,
    /// <summary>"history of", "status post", "resolved": a past condition.</summary>
    Historical,
    /// <summary>About a relative or someone else ("mother with breast cancer").</summary>
    OtherPerson,
    /// <summary>Planned, considered or conditional ("consider injection", "return if fever").</summary>
    Hypothetical,
}
