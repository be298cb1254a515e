namespace Sourcewise.Web.Hosting;

/// <summary>The <c>Sourcewise</c> configuration section, read when services are resolved (so tests can override it).</summary>
internal sealed class SourcewiseSettings
{
    public const string Section = "Sourcewise";

    /// <summary>A SQLite path/connection string or a PostgreSQL connection string.</summary>
    public string? Database { get; set; }

    /// <summary>The access token; empty = no sign-in (loopback only).</summary>
    public string? Token { get; set; }

    /// <summary>Whether an access token is configured.</summary>
    public bool RequiresSignIn => !string.IsNullOrEmpty(Token);
}
