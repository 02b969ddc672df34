using System.Diagnostics;

namespace CodingAudit.Cli.Commands;

/// <summary>One self-overwriting progress line on stderr (a plain line per update when stderr is redirected).</summary>
internal sealed class ConsoleProgress(string label) : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastTick = -1000;
    private string _last = "";

    public void Report(string value)
    {
        _last = value;
        if (_clock.ElapsedMilliseconds - _lastTick < (Console.IsErrorRedirected ? 2000 : 100)) return;
        _lastTick = _clock.ElapsedMilliseconds;
        Write();
    }

    public void Done()
    {
        if (_last.Length > 0) Write();
        if (!Console.IsErrorRedirected) Console.Error.WriteLine();
    }

    private void Write()
    {
        var line = $"{label}: {_last} ({_clock.Elapsed.TotalSeconds:0.0} s)";
        if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
        else Console.Error.Write("\r" + line.PadRight(Math.Min(Console.BufferWidth - 1, 100)));
    }
}
