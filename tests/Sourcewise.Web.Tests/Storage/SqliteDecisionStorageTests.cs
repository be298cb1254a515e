using Microsoft.Data.Sqlite;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>The decision tests over a temp SQLite file.</summary>
public sealed class SqliteDecisionStorageTests : DecisionStorageTests, IClassFixture<SourcewiseFactoryFixture>
{
    private readonly SourcewiseFactoryFixture _fixture;

    public SqliteDecisionStorageTests(SourcewiseFactoryFixture fixture)
    {
        _fixture = fixture;
    }

    protected override SourcewiseFactory Factory => _fixture.Factory;

    [Fact]
    public async Task The_database_file_is_in_wal_mode_with_the_migration_applied()
    {
        _ = Factory.CreateClient();
        await using var connection = new SqliteConnection($"Data Source={Factory.Database}");
        await connection.OpenAsync(TestContext.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync(TestContext.CancellationToken)).ShouldBe("wal");
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
        Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.CancellationToken)).ShouldBe(2); // InitialCreate, LivingDecisions
    }
}
