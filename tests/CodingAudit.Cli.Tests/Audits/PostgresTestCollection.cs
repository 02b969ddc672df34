using CodingAudit.Testing;

namespace CodingAudit.Cli.Tests.Audits;

/// <summary>xunit finds collection definitions only in the test assembly itself: this one shares a PostgreSQL cluster.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresTestCollection : ICollectionFixture<PostgresFixture>;
