using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sourcewise.Web.Storage;

/// <summary>Makes every SQLite connection durable: <c>synchronous=FULL</c>, so a commit is on disk before the client is
/// told it was saved (it survives <c>kill -9</c> and a power cut). The WAL journal is set once on start
/// (<see cref="EnableWal"/>; it is persistent in the file). A busy timeout lets concurrent writers wait instead of
/// failing.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";

    public const string EnableWal = "PRAGMA journal_mode=WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
