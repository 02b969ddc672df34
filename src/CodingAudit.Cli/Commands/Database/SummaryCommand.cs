using System.CommandLine;
using System.Globalization;
using CodingAudit.Persistence.Claims;

namespace CodingAudit.Cli.Commands.Database;

/// <summary><c>codingaudit summary</c>: what is loaded, per month of service, coder and payer.</summary>
internal sealed class SummaryCommand : ICliCommand
{
    public Command Create()
    {
        var database = new DatabaseCliOptions();
        var command = new Command("summary", "Print claim counts and charges per month of service, per coder and per payer.");
        database.AddTo(command);
        command.SetHandler(async (parse, cancel) =>
        {
            await using var db = await database.OpenAsync(parse, cancel);
            var summary = await ClaimSummaryQuery.RunAsync(db, cancel);
            Write(Console.Out, db.Options.Describe(), summary);
            return 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, string source, ClaimSummary summary)
    {
        output.WriteLine($"database: {source}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Claims:N0} claims, {summary.Lines:N0} lines, {summary.Notes:N0} notes, {summary.Patients:N0} patients"));
        if (summary.Claims == 0)
        {
            output.WriteLine("no claims loaded yet: run `codingaudit import <folder>` or the demo");
            return;
        }
        WriteTable(output, "Per month of service", ["Month", "Claims", "Charges"],
            summary.Months.Select(m => new[] { m.Key, Count(m.Claims), Money(m.TotalCharge) }));
        WriteTable(output, "Per coder", ["Coder", "Name", "Claims", "Charges"],
            summary.Coders.Select(c => new[] { Blank(c.Key), c.Name, Count(c.Claims), Money(c.TotalCharge) }));
        WriteTable(output, "Per payer", ["Payer", "Name", "Claims", "Charges"],
            summary.Payers.Select(p => new[] { Blank(p.Key), p.Name, Count(p.Claims), Money(p.TotalCharge) }));
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
    private static string Blank(string key) => key.Length == 0 ? "(none)" : key;

    /// <summary>Left-aligned text, right-aligned numbers (columns of digits, separators and a leading minus only).</summary>
    private static void WriteTable(TextWriter output, string title, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        var numeric = Enumerable.Range(0, header.Length)
            .Select(i => all.Skip(1).All(r => r[i].Length > 0 && r[i].All(c => char.IsDigit(c) || c is ',' or '.' or '-')) &&
                         all.Skip(1).All(r => !r[i].Contains('-', StringComparison.Ordinal) || r[i][0] == '-')).ToArray();
        output.WriteLine();
        output.WriteLine(title);
        for (var r = 0; r < all.Count; r++)
        {
            output.WriteLine("  " + string.Join("  ", all[r].Select((cell, i) => numeric[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd());
            if (r == 0) output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        }
    }
}
