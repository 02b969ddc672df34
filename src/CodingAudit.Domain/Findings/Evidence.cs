namespace CodingAudit.Domain.Findings;

/// <summary>
/// The text that supports or contradicts a code: a sentence from the note (with its character offsets, end exclusive),
/// or the reference-data row an edit came from (offsets then -1).
/// </summary>
public sealed record Evidence(string Text, int Start = -1, int End = -1)
{
    public bool IsFromNote => Start >= 0;
}
