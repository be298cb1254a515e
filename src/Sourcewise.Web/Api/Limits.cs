namespace Sourcewise.Web.Api;

/// <summary>Request size limits. Uploads are processed in memory within these limits and never written to disk.</summary>
internal static class Limits
{
    /// <summary>A JSON body: a profile, a scenario, a decision.</summary>
    public const long JsonBody = 1L * 1024 * 1024;

    /// <summary>A portfolio (JSON, CSV) body.</summary>
    public const long PortfolioBody = 8L * 1024 * 1024;

    /// <summary>An uploaded document (proposal, spreadsheet).</summary>
    public const long Upload = 16L * 1024 * 1024;

    /// <summary>Anything Kestrel accepts at all (a multipart upload plus its framing).</summary>
    public const long Request = Upload + (1L * 1024 * 1024);

    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
