using System.CommandLine;
using System.Reflection;

namespace CodingAudit.Cli.Commands;

internal sealed class VersionCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("about", "Print the program version and the paths it uses.");
        command.SetHandler(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            Console.WriteLine($"codingaudit {version}");
            Console.WriteLine($"seed data: {ProjectPaths.SeedData}");
            Console.WriteLine($"report templates: {ProjectPaths.ReportTemplates}");
            return 0;
        });
        return command;
    }
}
