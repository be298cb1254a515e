namespace Sourcewise.Web.Hosting;

/// <summary>The <c>Sourcewise</c> configuration section, read when services are resolved (so tests can override it).</summary>
internal sealed class SourcewiseSettings
{
    public const string Section = "Sourcewise";

    /// <summary>A SQLite path/connection string or a PostgreSQL connection string.</summary>
    public string? Database { get; set; }

    /// <summary>The access token; empty = no sign-in (loopback only).</summary>
    public string? Token { get; set; }

    /// <summary>The shortest access token accepted: a short token is guessed (and a rate limit only slows that down).</summary>
    public const int MinimumTokenLength = 16;

    public const string TokenTooShort = "the access token (SOURCEWISE_TOKEN) is too short: use at least 16 characters, " +
                                        "e.g. the output of `openssl rand -base64 24`";

    /// <summary>Why a token cannot be used (never quoting it), or <c>null</c> when it can (or there is none).</summary>
    public static string? TokenProblem(string? token) =>
        string.IsNullOrEmpty(token) || token.Length >= MinimumTokenLength ? null : TokenTooShort;

    /// <summary>Whether an access token is configured.</summary>
    public bool RequiresSignIn => !string.IsNullOrEmpty(Token);
}
