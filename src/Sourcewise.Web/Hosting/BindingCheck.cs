using System.Net;

namespace Sourcewise.Web.Hosting;

/// <summary>Decides whether the app may serve where it listens: loopback needs nothing, anything else needs a token.
/// The decision that counts is made on the addresses Kestrel actually bound (<see cref="CheckBound"/>), because
/// configuration (<c>Kestrel:Endpoints</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>) can override
/// <c>--urls</c>; <see cref="Check"/> only refuses an obviously open <c>--urls</c> early, before anything is
/// bound.</summary>
internal static class BindingCheck
{
    private const string Advice = "so an access token is required (set SOURCEWISE_TOKEN, or serve on loopback: " +
                                  "--urls http://127.0.0.1:5080 and no Kestrel__Endpoints__* / ASPNETCORE_URLS settings)";

    /// <summary>Checks the requested addresses before binding. Returns a one-line error, or <c>null</c>.</summary>
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
                return $"refusing to listen on {url}: it is not a loopback address, {Advice}";
            }
        }

        return null;
    }

    /// <summary>Checks the addresses the server reports it bound (<c>IServerAddressesFeature</c>). Returns a one-line
    /// error, or <c>null</c> when serving is allowed. A Unix socket or a host name other than <c>localhost</c> counts as
    /// "not loopback": only what is certainly loopback is served without a token.</summary>
    public static string? CheckBound(IEnumerable<string> addresses, string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            return null;
        }

        var open = addresses.Where(a => !TryGetHost(a, out var host) || !IsLoopback(host)).ToList();
        return open.Count == 0
            ? null
            : $"refusing to listen on {string.Join(", ", open)}: {(open.Count == 1 ? "it is" : "they are")} not a loopback address " +
              $"(the server bound {(open.Count == 1 ? "it" : "them")} from its settings), {Advice}";
    }

    /// <summary>The host of an address as Kestrel reads it: everything between <c>://</c> and the port, so
    /// <c>http://0.0.0.0@127.0.0.1:80</c> has the host <c>0.0.0.0@127.0.0.1</c> (not an IP address, so Kestrel binds
    /// every address), although <see cref="Uri"/> would read the host as <c>127.0.0.1</c>.</summary>
    private static bool TryGetHost(string url, out string host)
    {
        host = "";
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var scheme = url[..schemeEnd];
        if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = url[(schemeEnd + 3)..];
        var pathStart = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = pathStart >= 0 ? rest[..pathStart] : rest;
        if (authority.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || authority.StartsWith("pipe:", StringComparison.OrdinalIgnoreCase))
        {
            host = authority;
            return true;
        }

        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            host = close > 0 ? authority[..(close + 1)] : authority;
        }
        else
        {
            var portStart = authority.LastIndexOf(':');
            host = portStart >= 0 ? authority[..portStart] : authority;
        }

        return host.Length > 0;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
