using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CodingAudit.Reports.Packet;

/// <summary>The outcome of checking a packet: problems name the file (altered, missing, extra) or the signature.</summary>
public sealed record PacketVerification(IReadOnlyList<string> Problems, string? Fingerprint, bool KeyFromPacket, int FilesChecked)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>Checks a packet's signature over manifest.json and every file's SHA-256 against it.</summary>
public static class PacketVerifier
{
    /// <param name="packetPath">The packet zip.</param>
    /// <param name="publicKeyPem">The organisation's published public key; null to use the key inside the packet
    /// (then only the printed fingerprint ties the packet to the organisation).</param>
    public static PacketVerification Verify(string packetPath, string? publicKeyPem = null)
    {
        var problems = new List<string>();
        using var zip = OpenZip(packetPath);
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, StringComparer.Ordinal);
        var manifestBytes = Read(entries, PacketManifest.FileName);
        var signatureText = Read(entries, PacketManifest.SignatureFileName);
        if (manifestBytes is null) problems.Add($"missing: {PacketManifest.FileName}");
        if (signatureText is null) problems.Add($"missing: {PacketManifest.SignatureFileName}");
        if (manifestBytes is null || signatureText is null) return new PacketVerification(problems, null, publicKeyPem is null, 0);

        var keyFromPacket = publicKeyPem is null;
        var packetKey = Read(entries, AuditorPacketWriter.PublicKeyFile);
        var pem = publicKeyPem ?? (packetKey is null ? null : Encoding.ASCII.GetString(packetKey));
        string? fingerprint = null;
        if (pem is null) problems.Add($"missing: {AuditorPacketWriter.PublicKeyFile} (and no --public-key given)");
        else
        {
            using var key = ECDsa.Create();
            try
            {
                key.ImportFromPem(pem);
                fingerprint = PacketSigningKey.FingerprintOf(key.ExportSubjectPublicKeyInfo());
                var signature = Convert.FromBase64String(Encoding.ASCII.GetString(signatureText).Trim());
                if (!key.VerifyData(manifestBytes, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
                    problems.Add($"bad signature: {PacketManifest.SignatureFileName} does not match {PacketManifest.FileName} under key {fingerprint}");
            }
            catch (Exception e) when (e is FormatException or CryptographicException or ArgumentException)
            {
                problems.Add($"bad signature: cannot read the key or {PacketManifest.SignatureFileName} ({e.Message})");
            }
        }

        PacketManifest? manifest = null;
        try
        {
            manifest = JsonSerializer.Deserialize<PacketManifest>(manifestBytes, PacketManifest.Json);
        }
        catch (JsonException e)
        {
            problems.Add($"altered: {PacketManifest.FileName} is not a valid manifest ({e.Message})");
        }
        if (manifest is null) return new PacketVerification(problems, fingerprint, keyFromPacket, 0);
        if (fingerprint is not null && !string.Equals(manifest.PublicKeyFingerprint, fingerprint, StringComparison.Ordinal))
            problems.Add($"key mismatch: the manifest names key {manifest.PublicKeyFingerprint}, the signature was checked with {fingerprint}");

        var listed = new HashSet<string>(StringComparer.Ordinal) { PacketManifest.FileName, PacketManifest.SignatureFileName };
        foreach (var file in manifest.Files)
        {
            listed.Add(file.Path);
            var bytes = Read(entries, file.Path);
            if (bytes is null) problems.Add($"missing: {file.Path}");
            else if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256, StringComparison.OrdinalIgnoreCase))
                problems.Add($"altered: {file.Path} (SHA-256 differs from the manifest)");
        }
        foreach (var extra in entries.Keys.Where(k => !listed.Contains(k)).Order(StringComparer.Ordinal))
            problems.Add($"extra: {extra} (not in the manifest)");
        return new PacketVerification(problems, fingerprint, keyFromPacket, manifest.Files.Count);
    }

    private static ZipArchive OpenZip(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"packet not found: {path}", path);
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: not a zip file ({e.Message})", e);
        }
    }

    private static byte[]? Read(Dictionary<string, ZipArchiveEntry> entries, string name)
    {
        if (!entries.TryGetValue(name, out var entry)) return null;
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
