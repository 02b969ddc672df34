namespace CodingAudit.Domain.Documentation.Text;

/// <summary>A word or punctuation mark of a sentence; <see cref="Key"/> is the lower-cased, lightly stemmed form matched against the lexicons.</summary>
public readonly record struct Token(int Start, int End, string Key, bool IsPunctuation);
