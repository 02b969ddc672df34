namespace CodingAudit.Cli;

/// <summary>A mistake the user can fix (a bad path, a malformed file): printed as one line, no stack trace.</summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException(string message) : base(message) { }
    public UserErrorException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Runs a domain computation and turns its argument checks into one-line user errors: the message
    /// without .NET's "(Parameter ...)" tail, prefixed with the parameter's name when <paramref name="nameParameter"/>.</summary>
    public static T Checked<T>(Func<T> compute, bool nameParameter = false)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            if (cut >= 0) message = message[..cut];
            var newline = message.IndexOfAny(['\r', '\n']);
            if (newline >= 0) message = message[..newline];
            throw new UserErrorException(nameParameter && e.ParamName is not null ? $"{e.ParamName}: {message}" : message, e);
        }
    }
}
