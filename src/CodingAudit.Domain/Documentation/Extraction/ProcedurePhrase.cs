namespace CodingAudit.Domain.Documentation.Extraction;

/// <summary>Words that document a procedure code as done, e.g. 20610 "injection" when "knee" or "shoulder" is in the sentence.</summary>
/// <remarks><see cref="Requires"/>: at least one of these words must be in the same sentence (empty = none needed).
/// <see cref="Timed"/>: a 15-minute timed code billed by the 8-minute rule. <see cref="Minor"/>: a minor procedure
/// (0- or 10-day global) whose same-day E/M needs modifier 25 and separate work.</remarks>
public sealed record ProcedurePhrase(string Code, string Phrase, IReadOnlyList<string> Requires, bool Timed, bool Minor = false);
