using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Security;

/// <summary>Binds the sign-in cookie to the access token it was issued under: the cookie carries a hash of the token
/// (never the token), checked on every request against the token configured now. Changing the token signs everyone
/// out, also after a restart with the same data-protection keys.</summary>
internal static class TokenBinding
{
    public const string ClaimType = "sourcewise:token-sha256";

    /// <summary>The claims of a cookie issued under <paramref name="token"/>.</summary>
    public static ClaimsPrincipal Principal(string token) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "token"), new Claim(ClaimType, Hash(token))], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary><c>OnValidatePrincipal</c>: rejects (and clears) a cookie whose token is no longer the configured one.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<SourcewiseSettings>>().CurrentValue;
        var presented = context.Principal?.FindFirst(ClaimType)?.Value;
        if (settings.RequiresSignIn && presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(Hash(settings.Token!))))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
    }

    private static string Hash(string token) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("sourcewise sign-in cookie\n" + token)));
}
