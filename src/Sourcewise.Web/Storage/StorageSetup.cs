using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Storage;

/// <summary>Chooses the database from the connection string and applies migrations on start.</summary>
internal static class StorageSetup
{
    /// <summary>Whether a connection string names PostgreSQL (<c>Host=…</c>).</summary>
    public static bool IsPostgres(string database) =>
        database.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Turns a SQLite path or connection string into a connection string, creating the folder and the file
    /// owner-only (<see cref="SqliteFiles"/>).</summary>
    public static string SqliteConnectionString(string database)
    {
        var builder = database.Contains('=')
            ? new SqliteConnectionStringBuilder(database)
            : new SqliteConnectionStringBuilder { DataSource = database };
        builder.Pooling = true;
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:"
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            SqliteFiles.Secure(Path.GetFullPath(builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>The file a SQLite connection string points to, for messages.</summary>
    public static string SqliteDataSource(string database) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(SqliteConnectionString(database)).DataSource);

    public static IServiceCollection AddSourcewiseStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqlitePragmas>();
        services.AddScoped<SourcewiseDbContext>(sp =>
        {
            var database = Database(sp);
            return IsPostgres(database)
                ? new PostgresSourcewiseDbContext(sp.GetRequiredService<DbContextOptions<PostgresSourcewiseDbContext>>())
                : new SqliteSourcewiseDbContext(sp.GetRequiredService<DbContextOptions<SqliteSourcewiseDbContext>>());
        });
        services.AddSingleton(sp => new DbContextOptionsBuilder<PostgresSourcewiseDbContext>()
            .UseNpgsql(Database(sp))
            .Options);
        services.AddSingleton(sp => new DbContextOptionsBuilder<SqliteSourcewiseDbContext>()
            .UseSqlite(SqliteConnectionString(Database(sp)))
            .AddInterceptors(sp.GetRequiredService<SqlitePragmas>())
            .Options);
        services.AddHostedService<MigrateOnStart>();
        return services;
    }

    public static string Database(IServiceProvider services) =>
        WebAppOptions.NonEmpty(services.GetRequiredService<IOptions<SourcewiseSettings>>().Value.Database) ?? DataFolder.DefaultDatabase;

    /// <summary>Applies the provider's migrations (creating the database file or schema when new).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SourcewiseDbContext>();
        if (db is SqliteSourcewiseDbContext)
        {
            await SqliteMigrationLock.ReleaseStaleAsync(db, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Storage"), cancellationToken).ConfigureAwait(false);
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db is SqliteSourcewiseDbContext)
        {
            await db.Database.ExecuteSqlRawAsync(SqlitePragmas.EnableWal, cancellationToken).ConfigureAwait(false);
        }
    }
}
