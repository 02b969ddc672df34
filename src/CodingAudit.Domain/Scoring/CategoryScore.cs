using CodingAudit.Domain.Statistics;

namespace CodingAudit.Domain.Scoring;

/// <summary>One error category over all reviewed claims: how often claims carry it, with an exact interval, and its dollars.</summary>
/// <remarks><see cref="ClaimErrorRate"/> is claims with at least one error of the category / claims reviewed.</remarks>
public sealed record CategoryScore(
    string Category,
    int Findings,
    ProportionInterval ClaimErrorRate,
    decimal Overpayments,
    decimal Underpayments);
