namespace CodingAudit.Domain.Documentation.Context;

/// <summary>What a trigger phrase does.</summary>
public enum TriggerCategory
{
    Negated,
    Uncertain,
    Historical,
    OtherPerson,
    Hypothetical,
    /// <summary>Looks like a trigger but is not one ("no increase", "gram negative"): matched so that its words do nothing.</summary>
    Pseudo,
    /// <summary>Ends the scope of any trigger ("but", "however", "aside from").</summary>
    Termination,
}

/// <summary>Which way a trigger reaches: to mentions after it (pre-trigger), before it (post-trigger), or both.</summary>
public enum TriggerDirection
{
    Forward,
    Backward,
    Both,
}

/// <summary>Which mentions a trigger applies to: "declined" negates a procedure, not the condition it treats.</summary>
public enum TriggerScope
{
    Any,
    Condition,
    Procedure,
}

/// <summary>One trigger phrase with its category, direction and window (in words; a matched concept counts as one word).</summary>
public sealed record ContextTrigger
{
    public ContextTrigger(string phrase, TriggerCategory category, TriggerDirection direction, int window,
        TriggerScope appliesTo = TriggerScope.Any)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        if (window < 0) throw new ArgumentOutOfRangeException(nameof(window), window, "The window cannot be negative.");
        Phrase = phrase.Trim();
        Category = category;
        Direction = direction;
        Window = window;
        AppliesTo = appliesTo;
    }

    public string Phrase { get; }
    public TriggerCategory Category { get; }
    public TriggerDirection Direction { get; }
    public int Window { get; }
    public TriggerScope AppliesTo { get; }
}
