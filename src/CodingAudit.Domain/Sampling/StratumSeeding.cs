namespace CodingAudit.Domain.Sampling;

/// <summary>How the random numbers of a stratified sample are seeded.</summary>
public enum StratumSeeding
{
    /// <summary>
    /// Stratum h (1-based, in stratum order) is drawn with its own RAT-STATS single-stage run, seed = plan seed + (h − 1),
    /// over 1..N_h. Every stratum can be re-drawn in RAT-STATS's single-stage module from the recorded seed. The default.
    /// </summary>
    SeedPerStratum = 0,

    /// <summary>One generator seeded once with the plan seed runs on from stratum to stratum in stratum order.</summary>
    SingleStream = 1,
}
