namespace Sourcewise.Web.Security;

/// <summary>Adds a strict Content-Security-Policy (no inline script, no third-party anything) and the usual
/// hardening headers to every answer, and <c>Cache-Control: no-store</c> to every answer that is not a static file:
/// decisions, their documents, check and portfolio results are confidential, so no browser or proxy keeps a copy.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string[] StaticPrefixes = ["/css", "/js", "/favicon.svg"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // Not "no-referrer": under it browsers send "Origin: null" even on this site's own form posts, which the
        // cross-site guard must refuse. "same-origin" still sends nothing to other sites.
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (!StaticPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            headers.CacheControl = "no-store";
        }

        return next(context);
    });
}
