using Microsoft.Data.Sqlite;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>A server killed while migrating leaves EF Core's migration lock row behind; the next start must not wait
/// for it forever (it did, silently).</summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task A_lock_left_by_a_killed_start_does_not_stop_the_next_start()
    {
        // Given a database whose migration lock was left by a process that died an hour ago
        using var folder = new TempFolder();
        var database = folder.File("locked.db");
        using (var first = new SourcewiseFactory(database))
        {
            (await first.CreateClient().GetAsync("/health", TestContext.CancellationToken)).IsSuccessStatusCode.ShouldBeTrue();
        }

        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync(TestContext.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, $timestamp);
                """;
            command.Parameters.AddWithValue("$timestamp", DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(TestContext.CancellationToken);
        }

        SqliteConnection.ClearAllPools();

        // When the server starts again
        using var second = new SourcewiseFactory(database);
        var started = Task.Run(() => second.CreateClient().GetAsync("/health", TestContext.CancellationToken));

        // Then it starts (within a minute, not never)
        var answered = await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(60), TestContext.CancellationToken));
        answered.ShouldBe(started, "the server waited for a migration lock nobody holds");
        (await started).IsSuccessStatusCode.ShouldBeTrue();
    }
}
