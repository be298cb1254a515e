using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port over a temp SQLite file, and Debian's Chromium driven by Playwright
/// (never a downloaded browser). <see cref="Unavailable"/> says why when Chromium is absent.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly TempFolder _folder = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string? Unavailable { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    /// <summary>Where screenshots go: <c>SOURCEWISE_SCREENSHOTS</c>, else a temp folder.</summary>
    public string Screenshots { get; } = Environment.GetEnvironmentVariable("SOURCEWISE_SCREENSHOTS") is { Length: > 0 } dir
        ? Directory.CreateDirectory(dir).FullName
        : Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sourcewise-screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
            return;
        }

        _app = SourcewiseWebApp.Build(new WebAppOptions("http://127.0.0.1:0", _folder.File("browser.db"), null,
            ["--Logging:LogLevel:Default=Warning"]));
        await _app.StartAsync();
        BaseAddress = _app.Urls.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Unavailable is null)
        {
            await Browser.DisposeAsync();
            _playwright?.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
