using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Storage;

/// <summary>Applies the database migrations before the server accepts requests.</summary>
internal sealed class MigrateOnStart(IServiceProvider services, ILogger<MigrateOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StorageSetup.MigrateAsync(services, cancellationToken).ConfigureAwait(false);
        var database = StorageSetup.Database(services);
        var postgres = StorageSetup.IsPostgres(database);
        WebLog.DatabaseReady(logger, postgres ? "PostgreSQL" : "SQLite",
            postgres ? "connection string from --db" : StorageSetup.SqliteDataSource(database));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
