using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>The app on a real Kestrel port (loopback, port 0) over a temp SQLite file, with configuration overrides
/// given as host arguments (<c>--Sourcewise:Limits:WorkConcurrency=1</c>).</summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private KestrelApp()
    {
    }

    public WebApplication App { get; private set; } = null!;

    public string BaseAddress => App.Urls.First();

    public IServiceProvider Services => App.Services;

    /// <summary>Everything the app logged (the app's own filters apply: Microsoft.AspNetCore at Warning).</summary>
    public LogCapture Logs { get; } = new();

    public static async Task<KestrelApp> StartAsync(string? token = null, params string[] settings)
    {
        var started = new KestrelApp();
        try
        {
            started.App = SourcewiseWebApp.Build(new WebAppOptions("http://127.0.0.1:0", started._folder.File("app.db"), token,
                [.. settings.Select(s => "--" + s)]), builder => builder.Logging.AddProvider(started.Logs));
            await started.App.StartAsync();
            return started;
        }
        catch
        {
            started._folder.Dispose();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromMinutes(2) };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
