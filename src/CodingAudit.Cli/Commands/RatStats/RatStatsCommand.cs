using System.CommandLine;

namespace CodingAudit.Cli.Commands.RatStats;

/// <summary><c>codingaudit ratstats ...</c>: RAT-STATS-compatible random numbers, appraisals and sample sizes for auditors' own data.</summary>
public sealed class RatStatsCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("ratstats",
            "RAT-STATS-compatible statistics: random numbers, attribute and variable appraisals, sample sizes (docs/ratstats.md).");
        command.Subcommands.Add(RandomCommand.Create());
        command.Subcommands.Add(StratifiedRandomCommand.Create());
        command.Subcommands.Add(VariableCommand.Create());
        command.Subcommands.Add(AttributeCommand.Create());
        command.Subcommands.Add(StratifiedAttributeCommand.Create());
        command.Subcommands.Add(SizeCommand.Create());
        return command;
    }
}
