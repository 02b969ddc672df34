using CodingAudit.Testing;

namespace CodingAudit.Persistence.Tests.Databases;

/// <summary>xunit 2 only finds collection definitions in the test assembly itself, so this re-declares the shared one.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresTestCollection : ICollectionFixture<PostgresFixture>;
