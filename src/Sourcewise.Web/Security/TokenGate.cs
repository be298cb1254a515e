using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Security;

/// <summary>When an access token is configured: <c>/api</c> needs <c>Authorization: Bearer &lt;token&gt;</c> (401
/// otherwise) and pages need the sign-in cookie (a redirect to <c>/signin</c> otherwise). <c>/health</c>,
/// <c>/openapi</c>, the sign-in page and static files stay open.</summary>
internal static class TokenGate
{
    private static readonly string[] OpenPrefixes = ["/health", "/openapi", "/signin", "/css/", "/js/", "/favicon"];

    public static IApplicationBuilder UseTokenGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<SourcewiseSettings>>().Value;
        if (!settings.RequiresSignIn)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            if (AccessToken.Matches(AccessToken.FromBearer(context.Request), settings.Token!))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "Authorization: send the access token as 'Authorization: Bearer <token>'").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (OpenPrefixes.Any(p => path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await context.ChallengeAsync().ConfigureAwait(false);
    });
}
