using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Text;

namespace CodingAudit.Domain.Documentation;

/// <summary>A procedure mentioned in the note, with what was documented about it.</summary>
/// <remarks>
/// <see cref="Assertion"/> is <see cref="Context.Assertion.Affirmed"/> when the note says it was done; planned or
/// considered procedures are <see cref="Context.Assertion.Hypothetical"/>. <see cref="Side"/> is "right", "left" or
/// "bilateral". <see cref="Minutes"/> is set for timed services when the note gives their minutes.
/// </remarks>
public sealed record ProcedureMention(string Code, int Start, int End, string Text, Sentence Sentence,
    Assertion Assertion, string? Side, int? Count, int? Minutes, bool Timed);
