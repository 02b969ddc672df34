namespace CodingAudit.Domain.Fees;

/// <summary>The PFS conversion factor in force from <see cref="Start"/> to <see cref="End"/> (inclusive).</summary>
public sealed record ConversionFactorPeriod(DateOnly Start, DateOnly End, decimal Value);
