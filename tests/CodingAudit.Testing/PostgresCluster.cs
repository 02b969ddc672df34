using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CodingAudit.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster started from the server binaries: initdb and pg_ctl (run as the postgres user when
/// the tests run as root), data in a temp folder, a free port on 127.0.0.1. One cluster serves a whole test assembly
/// (see <see cref="PostgresFixture"/>); each test creates its own database.
/// </summary>
/// <remarks>
/// When the binaries are missing, <see cref="Unavailable"/> says why. Tests then skip, except under CI=true where
/// <see cref="PostgresFixture.RequireOrSkip"/> fails them: CI must exercise PostgreSQL.
/// </remarks>
public sealed class PostgresCluster : IDisposable
{
    private readonly string? _binDir;
    private readonly string _dataDir = "";
    private readonly bool _asPostgresUser;
    private int _databaseCounter;

    public PostgresCluster()
    {
        _binDir = FindBinDir();
        if (_binDir is null)
        {
            Unavailable = "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package";
            return;
        }
        _asPostgresUser = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), $"codingaudit-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        _dataDir = Path.Combine(root, "data");
        Port = FreePort();
        try
        {
            if (_asPostgresUser) Run("chown", $"-R postgres {Quote(root)}");
            Run(Path.Combine(_binDir, "initdb"), $"-D {Quote(_dataDir)} -U postgres -A trust -E UTF8 --no-locale", asPostgres: true);
            var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {Quote(root)} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            Run(Path.Combine(_binDir, "pg_ctl"), $"-D {Quote(_dataDir)} -l {Quote(Path.Combine(root, "log"))} -o \"{options}\" -w -t 60 start", asPostgres: true);
            RootDirectory = root;
        }
        catch (Exception e)
        {
            Unavailable = "could not start a PostgreSQL cluster: " + e.Message;
        }
    }

    public int Port { get; }
    public string? Unavailable { get; }
    public string? RootDirectory { get; }

    /// <summary>A connection string to a new, empty database in this cluster.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        if (Unavailable is not null) throw new InvalidOperationException(Unavailable);
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}".ToLowerInvariant();
        using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            admin.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            command.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Include Error Detail=true";

    public void Dispose()
    {
        if (_binDir is null || RootDirectory is null) return;
        NpgsqlConnection.ClearAllPools();
        try { Run(Path.Combine(_binDir, "pg_ctl"), $"-D {Quote(_dataDir)} -m immediate -w stop", asPostgres: true); }
        catch (InvalidOperationException) { /* already gone */ }
        try { Directory.Delete(RootDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string? FindBinDir()
    {
        var candidates = new List<string>();
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured)) candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private void Run(string program, string arguments, bool asPostgres = false)
    {
        var shellCommand = $"{Quote(program)} {arguments}";
        var start = asPostgres && _asPostgresUser
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", "sh", "-c", shellCommand])
            : new ProcessStartInfo("sh", ["-c", shellCommand]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} timed out");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {stderr.Result.Trim()} {stdout.Result.Trim()}");
    }
}
