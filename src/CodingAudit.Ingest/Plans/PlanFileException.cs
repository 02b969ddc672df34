namespace CodingAudit.Ingest.Plans;

/// <summary>One problem in a plan file: where (file, 1-based line, JSON field path) and what.</summary>
public sealed record PlanFileError(string File, int Line, string Field, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Field}: {Message}" : $"{File}: {Message}";
}

/// <summary>A plan file that cannot be read (a FormatException, so the CLI prints it as one user error); <see cref="Errors"/> lists every problem found, each with file, line and field.</summary>
public sealed class PlanFileException : FormatException
{
    public PlanFileException(IReadOnlyList<PlanFileError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public PlanFileException() : this([]) { }

    public PlanFileException(string message) : base(message) => Errors = [];

    public PlanFileException(string message, Exception inner) : base(message, inner) => Errors = [];

    public IReadOnlyList<PlanFileError> Errors { get; }
}
