using System.CommandLine;

namespace CodingAudit.Cli;

/// <summary>Wraps command actions so that every failure ends as one readable line and a non-zero exit code.</summary>
public static class CliActions
{
    public const int UserError = 2;
    public const int Failure = 1;

    public static void SetHandler(this Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancel) => await RunAsync(() => action(parse, cancel), Console.Error));

    public static void SetHandler(this Command command, Func<ParseResult, int> action) =>
        command.SetAction(parse => RunAsync(() => Task.FromResult(action(parse)), Console.Error).GetAwaiter().GetResult());

    internal static async Task<int> RunAsync(Func<Task<int>> action, TextWriter error)
    {
        try
        {
            return await action();
        }
        catch (UserErrorException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return UserError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled");
            return Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return UserError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CODINGAUDIT_DEBUG") is null)
        {
            await error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message} (set CODINGAUDIT_DEBUG=1 for the stack trace)");
            return Failure;
        }
    }
}
