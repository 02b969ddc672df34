using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CodingAudit.Persistence.Conventions;

/// <summary>
/// How instants are stored. SQLite has no timestamp type and EF refuses to order DateTimeOffset text, so SQLite keeps
/// a fixed-width UTC ISO-8601 string ("2026-01-31T14:05:00.0000000Z") whose text order is time order. PostgreSQL
/// keeps timestamptz, which Npgsql only accepts at offset zero, so values are normalised to UTC before writing.
/// </summary>
public static class UtcTime
{
    public const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToSqlite(DateTimeOffset value) =>
        value.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromSqlite(string value) =>
        DateTimeOffset.ParseExact(value, SqliteFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

/// <summary>DateTimeOffset to the fixed-width UTC text SQLite stores (see <see cref="UtcTime"/>).</summary>
internal sealed class SqliteUtcConverter() : ValueConverter<DateTimeOffset, string>(
    v => UtcTime.ToSqlite(v), v => UtcTime.FromSqlite(v));

/// <summary>DateTimeOffset normalised to offset zero for PostgreSQL timestamptz.</summary>
internal sealed class PostgresUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v.ToUniversalTime());
