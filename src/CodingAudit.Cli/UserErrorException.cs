namespace CodingAudit.Cli;

/// <summary>A mistake the user can fix (a bad path, a malformed file): printed as one line, no stack trace.</summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException(string message) : base(message) { }
    public UserErrorException(string message, Exception inner) : base(message, inner) { }
}
