using System.Net;

namespace Sourcewise.Web.Security;

/// <summary>Refuses (403) a state-changing request (POST, PUT, PATCH, DELETE) that a browser says comes from another
/// site, before anything reads its body. A page on any origin can make the browser send a "simple" request here (a form
/// post, a multipart upload, a no-cors <c>fetch</c>) with no preflight; the browser then labels it with
/// <c>Sec-Fetch-Site</c> and <c>Origin</c>, which the page cannot forge.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Sec-Fetch-Site</c> (sent by current browsers, and decisive when present): <c>same-origin</c> and
/// <c>none</c> (the user typed it) pass; <c>same-site</c> is refused too, because another port on the same host (any
/// other local web server) is "same-site".</item>
/// <item><c>Origin</c> (older browsers): must name this host and port. <c>Origin: null</c> (sandboxed frames, <c>file:</c> and
/// <c>data:</c> pages, some redirects) is refused: it is exactly what a hostile page can arrange to send.</item>
/// <item>Neither header (curl, scripts, the CLI, other servers): allowed; those clients are not a browser acting for
/// someone else. With a token configured they still need it.</item>
/// </list>
/// Reads (GET, HEAD) are not refused: links from other sites are normal navigation, and reads change nothing.
/// </remarks>
internal static class CrossSiteRequestGuard
{
    public static IApplicationBuilder UseCrossSiteRequestGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Refusal(context.Request) is { } reason)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                detail: reason).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    });

    /// <summary>Why the request is refused, or <c>null</c> when it may go on.</summary>
    internal static string? Refusal(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method))
        {
            return null;
        }

        // Sec-Fetch-Site, when the browser sends it, is the precise answer (it accounts for redirects and sandboxes);
        // Origin is the fallback for browsers without it.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || site.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"Sec-Fetch-Site: the browser says this request comes from another site ('{Printable(site)}'); " +
                  "use the pages of this server, or call the API from a script, not from another web page";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsSameOrigin(origin, request))
        {
            return $"Origin: '{Printable(origin)}' is not this server ({request.Host.Value}); requests made by pages on " +
                   "other sites are refused";
        }

        return null;
    }

    /// <summary>Whether an <c>Origin</c> names the host and port this request was sent to. The scheme is not compared
    /// (behind a TLS-terminating proxy the request arrives as http; nobody else can serve on this host and port); a
    /// Host without a port (a proxy on the default port) matches an origin on its scheme's default port.</summary>
    private static bool IsSameOrigin(string origin, HttpRequest request)
    {
        if (origin.Contains(' ', StringComparison.Ordinal)
            || !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var host = request.Host;
        if (!host.HasValue || !SameHost(uri.Host, host.Host))
        {
            return false;
        }

        return host.Port is { } port ? uri.Port == port : uri.IsDefaultPort;
    }

    private static bool SameHost(string originHost, string requestHost)
    {
        if (string.Equals(originHost, requestHost, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // IPv6 literals: Uri.Host keeps the brackets, HostString.Host too, but spellings may differ (::1 vs 0:0::1).
        return IPAddress.TryParse(originHost.Trim('[', ']'), out var a) && IPAddress.TryParse(requestHost.Trim('[', ']'), out var b)
               && a.Equals(b);
    }

    private static string Printable(string value)
    {
        var shown = value.Length > 100 ? value[..100] + "…" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? '?' : c));
    }
}
