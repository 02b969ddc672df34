namespace CodingAudit.Reports.Model;

/// <summary>Who prepared, reviewed and approved the report; unsigned entries print blank lines to sign on.</summary>
public sealed record SignOff(IReadOnlyList<Signatory> Signatories);

/// <summary>One signature line.</summary>
public sealed record Signatory(string Role, string? Name, DateOnly? Date);
