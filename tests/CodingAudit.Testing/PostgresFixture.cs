using Xunit;

namespace CodingAudit.Testing;

/// <summary>xunit collection fixture owning one <see cref="PostgresCluster"/> per test assembly.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresCluster> _cluster = new(() => new PostgresCluster());

    public PostgresCluster Cluster => _cluster.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A connection string to a fresh database, or a skip when PostgreSQL cannot be started here.
    /// Under CI=true a missing PostgreSQL fails the test instead: CI never skips these.
    /// </summary>
    public string RequireOrSkip(string prefix = "t")
    {
        if (Cluster.Unavailable is { } reason)
        {
            if (IsCi) Assert.Fail("PostgreSQL is required under CI=true: " + reason);
            Skip.If(true, reason);
        }
        return Cluster.CreateDatabase(prefix);
    }

    public void Dispose()
    {
        if (_cluster.IsValueCreated) _cluster.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
