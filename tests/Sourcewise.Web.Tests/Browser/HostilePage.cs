using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Sourcewise.Web.Tests.Browser;

/// <summary>A second web server on another loopback port that serves one page: the "other site" a visitor may have
/// open while Sourcewise runs on their machine.</summary>
public sealed class HostilePage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostilePage(WebApplication app)
    {
        _app = app;
    }

    public string Address => _app.Urls.First() + "/";

    public static async Task<HostilePage> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html"));
        await app.StartAsync();
        return new HostilePage(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
