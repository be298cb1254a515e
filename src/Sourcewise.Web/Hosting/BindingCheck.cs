using System.Net;

namespace Sourcewise.Web.Hosting;

/// <summary>Decides whether the app may listen where it was asked to: loopback needs nothing, anything else needs a
/// token.</summary>
internal static class BindingCheck
{
    /// <summary>Returns a one-line error, or <c>null</c> when starting is allowed.</summary>
    public static string? Check(string urls, string? token)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryGetHost(url, out var host))
            {
                return $"--urls: '{url}' is not an address such as http://127.0.0.1:5080";
            }

            if (!IsLoopback(host) && string.IsNullOrEmpty(token))
            {
                return $"refusing to listen on {url}: it is not a loopback address, so an access token is required " +
                       "(set SOURCEWISE_TOKEN, or use --urls http://127.0.0.1:5080)";
            }
        }

        return null;
    }

    /// <summary>Whether every address is on loopback.</summary>
    public static bool AllLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(u => TryGetHost(u, out var h) && IsLoopback(h));

    private static bool TryGetHost(string url, out string host)
    {
        host = "";
        // Kestrel accepts wildcards (http://*:80, http://+:80) that Uri does not parse: they mean every address.
        var normalised = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            return false;
        }

        host = uri.Host;
        return true;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
