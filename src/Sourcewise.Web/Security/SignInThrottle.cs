using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Security;

/// <summary>Counts wrong access tokens (sign-in page and <c>Authorization: Bearer</c>) per client address with
/// ASP.NET Core's rate limiter: after <see cref="WorkLimits.SignInFailures"/> in a window of
/// <see cref="WorkLimits.SignInWindowSeconds"/>, that address is answered 429 with <c>Retry-After</c> until the window
/// ends, <em>without the token being compared</em>, so guessing is bounded whatever the guesses are. Right tokens are
/// never counted. IPv6 clients are counted by /64 (one host usually owns the whole prefix). Behind a reverse proxy
/// every client has the proxy's address: the limit is then shared.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<WorkLimits> limits)
    {
        var failures = limits.Value.SignInFailures;
        var window = TimeSpan.FromSeconds(limits.Value.SignInWindowSeconds);
        _failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = failures, Window = window, QueueLimit = 0, AutoReplenishment = true }));
    }

    /// <summary>Whether this client used up its wrong tokens; <paramref name="retryAfter"/> says for how long.</summary>
    public bool IsThrottled(HttpContext context, out TimeSpan retryAfter)
    {
        // Acquiring zero permits only asks whether any are left.
        using var lease = _failures.AttemptAcquire(Client(context), 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
        return !lease.IsAcquired;
    }

    /// <summary>Counts a wrong token; returns <c>true</c> when that was the last one allowed in this window.</summary>
    public bool CountFailure(HttpContext context)
    {
        var client = Client(context);
        using (_failures.AttemptAcquire(client, 1))
        {
        }

        using var left = _failures.AttemptAcquire(client, 0);
        return !left.IsAcquired;
    }

    /// <summary>Answers 429 with <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The client's address as counted: IPv4 as is (also when mapped to IPv6), IPv6 by its /64 prefix.</summary>
    internal static string Client(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !IPAddress.IsLoopback(address))
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString();
    }

    public void Dispose() => _failures.Dispose();
}
