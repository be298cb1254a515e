using System.Security.Cryptography;
using System.Text;

namespace Sourcewise.Web.Security;

/// <summary>Compares a presented token with the configured one in constant time (both are hashed first, so neither
/// the content nor the length leaks through timing).</summary>
internal static class AccessToken
{
    public static bool Matches(string? presented, string expected)
    {
        if (presented is null)
        {
            return false;
        }

        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or <c>null</c>.</summary>
    public static string? FromBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }
}
