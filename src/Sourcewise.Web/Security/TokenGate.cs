using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Security;

/// <summary>When an access token is configured: <c>/api</c> needs <c>Authorization: Bearer &lt;token&gt;</c> (401
/// otherwise); <c>/openapi</c> needs the bearer token or the sign-in cookie; pages need the sign-in cookie (a redirect
/// to <c>/signin</c> otherwise). <c>/health</c>, the sign-in page and static files stay open. Wrong bearer tokens are
/// counted by <see cref="SignInThrottle"/> like wrong sign-ins: past the limit, 429 without comparing.</summary>
internal static class TokenGate
{
    private static readonly string[] OpenPrefixes = ["/health", "/signin", "/css", "/js", "/favicon.svg"];

    public static IApplicationBuilder UseTokenGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<SourcewiseSettings>>().CurrentValue;
        if (!settings.RequiresSignIn)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path;
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        var api = path.StartsWithSegments("/api");
        if (api || path.StartsWithSegments("/openapi"))
        {
            if (!api && signedIn)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            await BearerAsync(context, next, settings.Token!).ConfigureAwait(false);
            return;
        }

        if (OpenPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || signedIn)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await context.ChallengeAsync().ConfigureAwait(false);
    });

    private static async Task BearerAsync(HttpContext context, RequestDelegate next, string token)
    {
        var throttle = context.RequestServices.GetRequiredService<SignInThrottle>();
        if (throttle.IsThrottled(context, out var retryAfter))
        {
            SignInThrottle.SetRetryAfter(context.Response, retryAfter);
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong tokens",
                detail: $"Authorization: too many wrong tokens from this address; retry in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var presented = AccessToken.FromBearer(context.Request);
        if (AccessToken.Matches(presented, token))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (presented is not null)
        {
            // A missing header is not a guess; a wrong one is.
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Security");
            var client = SignInThrottle.Client(context);
            WebLog.SignInFailed(logger, client, "Authorization: Bearer");
            if (throttle.CountFailure(context))
            {
                WebLog.SignInThrottled(logger, client);
            }
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: "Authorization: send the access token as 'Authorization: Bearer <token>'").ExecuteAsync(context).ConfigureAwait(false);
    }
}
