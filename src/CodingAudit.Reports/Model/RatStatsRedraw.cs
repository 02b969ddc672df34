namespace CodingAudit.Reports.Model;

/// <summary>
/// The inputs an auditor types into RAT-STATS "Single Stage Random Numbers" to re-draw one stratum of the sample.
/// </summary>
/// <remarks>Frame positions run Low..High inclusive over the frame sorted as <see cref="FrameOrdering"/> says.</remarks>
public sealed record RatStatsRedraw(string Stratum, decimal Seed, long FrameLow, long FrameHigh, int QuantityInSequence,
    int Spares, string FrameOrdering, long SumOfNumbers);
