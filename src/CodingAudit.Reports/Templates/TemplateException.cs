namespace CodingAudit.Reports.Templates;

/// <summary>A report template or organisation.json that cannot be used, with the file and (where known) line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string file, int? line, int? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string File { get; }
    public int? Line { get; }
    public int? Column { get; }
    public string Problem { get; }

    private static string Format(string file, int? line, int? column, string problem) =>
        line is null ? $"{file}: {problem}" : column is null ? $"{file}, line {line}: {problem}" : $"{file}, line {line}, column {column}: {problem}";
}
