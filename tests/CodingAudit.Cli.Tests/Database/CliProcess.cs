using System.Diagnostics;

namespace CodingAudit.Cli.Tests.Database;

/// <summary>Runs the built codingaudit program in a child process, as a user would, with the database variables cleared.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "codingaudit.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("CODINGAUDIT_DB");
        start.Environment.Remove("CODINGAUDIT_DB_PROVIDER");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await output, await error);
    }
}
