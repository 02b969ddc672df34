using System.CommandLine;
using System.Reflection;
using CodingAudit.Cli;

var root = new RootCommand(
    "CodingAudit: audits medical coding against clinical documentation, payer edits and coding rules.");
var commands = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
    .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Create());
// Capabilities may each contribute subcommands to one group (e.g. `bench edits`, `bench documentation`): commands of
// the same name are merged into the first one's subcommands.
foreach (var group in commands.GroupBy(c => c.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    var first = group.First();
    foreach (var other in group.Skip(1))
        foreach (var sub in other.Subcommands.ToList()) first.Subcommands.Add(sub);
    root.Subcommands.Add(first);
}

// Ctrl-C or SIGTERM cancels the command's token; a worker then stops its Hangfire server, which hands the jobs in
// hand back to the queue. System.CommandLine's default grace of 2 s would kill the process mid-shutdown.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) };
return await root.Parse(args).InvokeAsync(invocation);
