namespace Sourcewise.Web;

/// <summary>How to start the web app: where to listen, which database, and the optional access token.</summary>
/// <param name="Urls">The addresses to listen on, separated by <c>;</c>.</param>
/// <param name="Database">A SQLite file path, a SQLite connection string, or a PostgreSQL connection string
/// (<c>Host=…</c>); <c>null</c> = <c>sourcewise.db</c> in the user's data folder.</param>
/// <param name="Token">The access token; required when listening on a non-loopback address.</param>
/// <param name="Args">Extra host arguments (configuration overrides).</param>
public sealed record WebAppOptions(string Urls, string? Database, string? Token, string[] Args)
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Options from the environment (<c>SOURCEWISE_DB</c>, <c>SOURCEWISE_TOKEN</c>, <c>ASPNETCORE_URLS</c>).</summary>
    public static WebAppOptions FromEnvironment(string[] args) => new(
        NonEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")) ?? DefaultUrls,
        NonEmpty(Environment.GetEnvironmentVariable("SOURCEWISE_DB")),
        NonEmpty(Environment.GetEnvironmentVariable("SOURCEWISE_TOKEN")),
        args);

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
