using System.CommandLine;

namespace CodingAudit.Cli;

/// <summary>
/// A top-level subcommand of <c>codingaudit</c>. Program discovers every implementation in this assembly, so a
/// capability adds its command by adding one file under Commands/.
/// </summary>
public interface ICliCommand
{
    Command Create();
}
