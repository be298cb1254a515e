using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Decisions;

/// <summary>The decision database outside the web server (the CLI's <c>decisions</c> commands): the same storage and
/// use cases as <c>serve</c>, over the same connection (SQLite in the data folder by default), migrated on open.</summary>
internal static class DecisionDatabase
{
    /// <summary>Opens (and migrates) the database; dispose the provider when done.</summary>
    /// <param name="database">A SQLite path or a PostgreSQL connection string; <c>null</c> = SOURCEWISE_DB, else the
    /// default file in the data folder.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    public static async Task<ServiceProvider> OpenAsync(string? database, TimeProvider time, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton(Options.Create(new SourcewiseSettings
        {
            Database = WebAppOptions.NonEmpty(database) ?? WebAppOptions.FromEnvironment([]).Database,
        }));
        services.AddSourcewiseStorage();
        services.AddLivingDecisions();
        var provider = services.BuildServiceProvider();
        try
        {
            await StorageSetup.MigrateAsync(provider, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return provider;
    }
}
