using System.Diagnostics;

namespace CodingAudit.Reports.Tests.Support;

/// <summary>Runs an optional command-line tool (qpdf, soffice) when it is installed.</summary>
internal static class ExternalTool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    public static (int ExitCode, string Output) Run(string tool, string arguments, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {arguments} did not finish in {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
