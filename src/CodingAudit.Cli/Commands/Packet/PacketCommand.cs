using System.CommandLine;
using CodingAudit.Reports.Packet;

namespace CodingAudit.Cli.Commands.Packet;

internal sealed class PacketCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("packet", "External-auditor packets: verify a signed packet.");
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Command Verify()
    {
        var packet = new Argument<FileInfo>("packet") { Description = "The packet zip to check." };
        var publicKey = new Option<FileInfo?>("--public-key")
        {
            Description = "The organisation's published public key (PEM). Without it the key inside the packet is used and only its printed fingerprint ties the packet to the organisation.",
        };
        var command = new Command("verify", "Check a packet's signature and every file's SHA-256; names any altered, missing or extra file. Exit 1 on any problem.");
        command.Arguments.Add(packet);
        command.Options.Add(publicKey);
        command.SetHandler(parse =>
        {
            var path = parse.GetValue(packet)!.FullName;
            string? pem = null;
            if (parse.GetValue(publicKey) is { } keyFile)
            {
                if (!keyFile.Exists) throw new UserErrorException($"public key not found: {keyFile.FullName}");
                pem = File.ReadAllText(keyFile.FullName);
            }
            var result = PacketVerifier.Verify(path, pem);
            Console.WriteLine($"packet: {path}");
            Console.WriteLine($"key fingerprint (SHA-256): {result.Fingerprint ?? "unknown"}{(result.KeyFromPacket ? " (key taken from the packet: compare with the fingerprint the organisation published)" : " (key given with --public-key)")}");
            foreach (var problem in result.Problems) Console.WriteLine($"FAIL {problem}");
            Console.WriteLine(result.Ok ? $"OK: signature valid, {result.FilesChecked} files match the manifest" : $"FAILED: {result.Problems.Count} problem(s)");
            return result.Ok ? 0 : CliActions.Failure;
        });
        return command;
    }
}
