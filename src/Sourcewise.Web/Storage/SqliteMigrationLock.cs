using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Storage;

/// <summary>EF Core takes a lock row in <c>__EFMigrationsLock</c> while it migrates a SQLite database and waits, without
/// end, while such a row exists. A server killed during a migration leaves the row behind, and every later start
/// hung silently. Before migrating: wait for a lock held by another process (a migration takes well under a
/// second), and once the lock is older than <see cref="StaleAfter"/> nobody holds it: remove it, with one log
/// line.</summary>
internal static class SqliteMigrationLock
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    private const string Table = "__EFMigrationsLock";

    public static async Task ReleaseStaleAsync(SourcewiseDbContext db, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        while (await OldestLockAsync(db, cancellationToken).ConfigureAwait(false) is { } taken)
        {
            var age = time.GetUtcNow() - taken;
            if (age >= StaleAfter)
            {
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\"", cancellationToken).ConfigureAwait(false);
                WebLog.StaleMigrationLock(logger, taken.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<DateTimeOffset?> OldestLockAsync(SourcewiseDbContext db, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }

            command.CommandText = $"SELECT \"Timestamp\" FROM \"{Table}\" ORDER BY \"Timestamp\" LIMIT 1";
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var taken)
                ? taken
                : value is null or DBNull ? null : DateTimeOffset.MinValue;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }
}
