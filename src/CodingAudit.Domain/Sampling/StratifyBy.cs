namespace CodingAudit.Domain.Sampling;

/// <summary>What a stratified design groups the frame by.</summary>
public enum StratifyBy
{
    /// <summary>One stratum per coder id (ordinal order of ids; claims without a coder form "(none)").</summary>
    Coder = 0,

    /// <summary>Dollar strata from boundaries on each claim's amount, lower bound inclusive, upper exclusive.</summary>
    Dollar = 1,
}
