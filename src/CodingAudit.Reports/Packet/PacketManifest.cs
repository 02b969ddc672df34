using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodingAudit.Reports.Packet;

/// <summary>manifest.json: what the packet holds, each file's SHA-256 and size; signed as its exact bytes.</summary>
public sealed record PacketManifest(
    string Format, string Organisation, string RunId, DateTimeOffset CreatedAt, string SignatureAlgorithm,
    string PublicKeyFingerprint, IReadOnlyList<PacketFile> Files)
{
    public const string FileName = "manifest.json";
    public const string SignatureFileName = "manifest.sig";
    public const string CurrentFormat = "codingaudit-auditor-packet/1";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>One file in the packet.</summary>
public sealed record PacketFile(string Path, string Sha256, long Bytes);
