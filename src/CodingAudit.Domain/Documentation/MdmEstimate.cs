using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>MDM read from a note's content: the level of each element (2 minimal/straightforward, 3 low/limited,
/// 4 moderate, 5 high/extensive) and the overall level, the middle of the three (two of three must meet it).</summary>
/// <remarks><see cref="Reasons"/> says, for the auditor, what each element was based on.</remarks>
/// <remarks><see cref="Reliable"/> is false when the assessment names no problem the lexicon knows.</remarks>
public sealed record MdmEstimate(int Problems, int Data, int Risk, string Reasons, Sentence? Sentence, bool Reliable = true)
{
    public int Level => new[] { Problems, Data, Risk }.OrderBy(x => x).ElementAt(1);
}
