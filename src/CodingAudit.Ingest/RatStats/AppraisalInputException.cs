namespace CodingAudit.Ingest.RatStats;

/// <summary>A bad line in an appraisal input file; the message reads "file:line: problem" ("file: problem" when no line applies).</summary>
public sealed class AppraisalInputException : FormatException
{
    public AppraisalInputException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public AppraisalInputException() : this("", 0, "") { }

    public AppraisalInputException(string message) : base(message) { File = ""; Problem = message; }

    public AppraisalInputException(string message, Exception inner) : base(message, inner) { File = ""; Problem = message; }

    public string File { get; }
    public int Line { get; }
    public string Problem { get; }
}
