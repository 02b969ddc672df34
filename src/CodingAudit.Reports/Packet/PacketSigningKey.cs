using System.Security.Cryptography;

namespace CodingAudit.Reports.Packet;

/// <summary>
/// The organisation's ECDSA P-256 key pair for signing auditor packets, kept as PEM files in a keys folder the caller
/// chooses. Created on first use; the private key never leaves that folder.
/// </summary>
public sealed class PacketSigningKey : IDisposable
{
    public const string PrivateKeyFile = "packet-signing-key.pem";
    public const string PublicKeyFile = "packet-signing-key.pub.pem";

    private PacketSigningKey(ECDsa key)
    {
        Key = key;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        Fingerprint = FingerprintOf(key.ExportSubjectPublicKeyInfo());
    }

    internal ECDsa Key { get; }
    public string PublicKeyPem { get; }
    /// <summary>Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo.</summary>
    public string Fingerprint { get; }

    public static PacketSigningKey LoadOrCreate(string keysFolder)
    {
        Directory.CreateDirectory(keysFolder);
        var privatePath = Path.Combine(keysFolder, PrivateKeyFile);
        var key = ECDsa.Create();
        if (File.Exists(privatePath))
        {
            try
            {
                key.ImportFromPem(File.ReadAllText(privatePath));
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                key.Dispose();
                throw new InvalidDataException($"{privatePath}: not a PEM private key ({e.Message})", e);
            }
            if (key.KeySize != 256)
            {
                key.Dispose();
                throw new InvalidDataException($"{privatePath}: expected an ECDSA P-256 key, found {key.KeySize} bits");
            }
            return new PacketSigningKey(key);
        }
        key.GenerateKey(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportPkcs8PrivateKeyPem();
        // Written owner-only under a temporary name, then moved into place without overwriting: when two workers
        // create the key at once, one move wins and the other process loads the winner's key.
        var temporary = privatePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(pem);
        try
        {
            File.Move(temporary, privatePath, overwrite: false);
        }
        catch (IOException) when (File.Exists(privatePath))
        {
            File.Delete(temporary);
            key.Dispose();
            return LoadOrCreate(keysFolder);
        }
        File.WriteAllText(Path.Combine(keysFolder, PublicKeyFile), key.ExportSubjectPublicKeyInfoPem());
        return new PacketSigningKey(key);
    }

    public byte[] Sign(byte[] data) => Key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public static string FingerprintOf(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo));

    public void Dispose() => Key.Dispose();
}
