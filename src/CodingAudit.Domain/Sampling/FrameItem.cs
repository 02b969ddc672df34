using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Sampling;

/// <summary>One claim of a sampling frame at its 1-based <see cref="Position"/>, with the fields designs and the frame hash use.</summary>
/// <remarks><see cref="Amount"/> is the dollar value dollar strata and high-dollar filters read (by default the billed charge).</remarks>
public sealed record FrameItem
{
    public FrameItem(int position, string claimId, DateOnly serviceDate, string coderId, string providerNpi, string payerId,
        ClaimType claimType, decimal amount)
    {
        if (position < 1) throw new ArgumentOutOfRangeException(nameof(position), position, "Frame positions start at 1.");
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        Position = position;
        ClaimId = claimId;
        ServiceDate = serviceDate;
        CoderId = coderId ?? "";
        ProviderNpi = providerNpi ?? "";
        PayerId = payerId ?? "";
        ClaimType = claimType;
        Amount = amount;
    }

    public int Position { get; }
    public string ClaimId { get; }
    public DateOnly ServiceDate { get; }
    public string CoderId { get; }
    public string ProviderNpi { get; }
    public string PayerId { get; }
    public ClaimType ClaimType { get; }
    public decimal Amount { get; }
}
