using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>The level of medical decision making the note writes down (2 straightforward, 3 low, 4 moderate, 5 high).</summary>
/// <remarks>Either stated outright ("MDM: moderate") or from the three elements, two of which must meet the level.</remarks>
public sealed record MdmStatement(int Level, Sentence Sentence, bool FromElements);
