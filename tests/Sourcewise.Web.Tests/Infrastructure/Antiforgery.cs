using System.Text.RegularExpressions;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>Reads the antiforgery token a page put in its form (the cookie travels in the client's cookie jar).</summary>
public static partial class Antiforgery
{
    public static async Task<string> TokenFromAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url, TestContext.CancellationToken);
        var match = TokenPattern().Match(html);
        match.Success.ShouldBeTrue($"no antiforgery token on {url}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
