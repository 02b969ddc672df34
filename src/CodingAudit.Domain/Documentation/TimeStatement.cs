using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>The documented total time on the date of the encounter, and the sentence that states it (null when it came
/// from the note's structured field).</summary>
public sealed record TimeStatement(int Minutes, Sentence? Sentence);
