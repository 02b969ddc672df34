using System.CommandLine;
using System.Reflection;
using CodingAudit.Cli;

var root = new RootCommand(
    "CodingAudit: audits medical coding against clinical documentation, payer edits and coding rules.");
foreach (var command in Assembly.GetExecutingAssembly().GetTypes()
             .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
             .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Create())
             .OrderBy(c => c.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
