namespace CodingAudit.Domain.Codes;

/// <summary>An ICD-10-CM code (with the dot) and whether it is billable; header codes have children and are not.</summary>
public sealed record IcdCode
{
    public IcdCode(string code, bool billable, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = IcdCodes.Normalize(code);
        Billable = billable;
        Description = description ?? "";
    }

    public string Code { get; }
    public bool Billable { get; }
    public string Description { get; }
}
