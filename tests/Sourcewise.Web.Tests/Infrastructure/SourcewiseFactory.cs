using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>The web app in memory over a REAL database: a temp SQLite file by default, or any connection string.</summary>
public sealed class SourcewiseFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder? _folder;

    public SourcewiseFactory(string? database = null, string? token = null)
    {
        if (database is null)
        {
            _folder = new TempFolder();
            database = _folder.File("sourcewise.db");
        }

        Database = database;
        Token = token;
    }

    public string Database { get; }

    public string? Token { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sourcewise:Database"] = Database,
            ["Sourcewise:Token"] = Token ?? "",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder?.Dispose();
        }
    }
}
