namespace CodingAudit.Jobs.Hosting;

/// <summary>Where Hangfire keeps its queues: in memory (one process, the embedded default) or PostgreSQL.</summary>
/// <remarks>
/// With PostgreSQL several worker processes share one queue. <see cref="InvisibilityTimeout"/> is how long a job
/// fetched by a worker that died stays invisible before another worker takes it; with the sliding timeout a live
/// worker keeps extending it, so it can be short without a long job being picked up twice.
/// </remarks>
public sealed record JobStorageSettings
{
    public static JobStorageSettings InMemory { get; } = new();

    /// <summary>PostgreSQL connection string; null selects the in-memory storage.</summary>
    public string? PostgresConnectionString { get; init; }

    public string Schema { get; init; } = "hangfire";

    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public bool UsesPostgres => PostgresConnectionString is not null;

    /// <summary>Reads CODINGAUDIT_JOBS (a PostgreSQL connection string, or "memory") and
    /// CODINGAUDIT_JOBS_INVISIBILITY_SECONDS.</summary>
    public static JobStorageSettings FromEnvironment(string? fallbackPostgres = null)
    {
        var configured = Environment.GetEnvironmentVariable("CODINGAUDIT_JOBS");
        var connection = configured switch
        {
            null or "" => fallbackPostgres,
            "memory" => null,
            _ => configured,
        };
        var settings = new JobStorageSettings { PostgresConnectionString = connection };
        if (int.TryParse(Environment.GetEnvironmentVariable("CODINGAUDIT_JOBS_INVISIBILITY_SECONDS"), out var seconds) && seconds > 0)
            settings = settings with { InvisibilityTimeout = TimeSpan.FromSeconds(seconds) };
        return settings;
    }
}
