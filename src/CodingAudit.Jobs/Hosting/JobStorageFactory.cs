using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace CodingAudit.Jobs.Hosting;

/// <summary>Creates the Hangfire storage the settings ask for.</summary>
public static class JobStorageFactory
{
    public static JobStorage Create(JobStorageSettings settings, int workerCount)
    {
        if (!settings.UsesPostgres)
            return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) });

        // Each worker holds a connection while it runs a job, plus the server's own processes (heartbeat, schedulers,
        // the sliding-timeout keep-alive): size the pool for that rather than trusting the default of 100 per process.
        var builder = new NpgsqlConnectionStringBuilder(settings.PostgresConnectionString)
        {
            MaxPoolSize = Math.Max(workerCount * 2 + 10, 20),
        };
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = settings.Schema,
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = settings.InvisibilityTimeout,
            QueuePollInterval = settings.QueuePollInterval,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(builder.ConnectionString, options), options);
    }
}
