namespace CodingAudit.Domain.Documentation.Text;

/// <summary>A heading as clinicians write it ("A/P", "Impression/Plan", "PE") and the section it opens.</summary>
public sealed record SectionHeading
{
    public SectionHeading(string text, SectionKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        Kind = kind;
    }

    public string Text { get; }
    public SectionKind Kind { get; }
}
