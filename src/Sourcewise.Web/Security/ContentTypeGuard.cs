using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;

namespace Sourcewise.Web.Security;

/// <summary>A route that declares the media types it reads (<c>.Accepts(...)</c>: <c>application/json</c>,
/// <c>text/csv</c>, <c>multipart/form-data</c>) answers 415 to a body of any other type, <em>and to a body with no
/// <c>Content-Type</c> at all</em>, which is what a no-cors <c>fetch</c> from another page sends. (Routing already
/// answers 415 to a wrong type, with no explanation; this adds the one-line detail naming what to send.)</summary>
internal static class ContentTypeGuard
{
    // Routing's own 415 endpoint (AcceptsMatcherPolicy) has this display name and no metadata.
    private const string RoutingRejectionName = "415 HTTP Unsupported Media Type";

    private static readonly ConcurrentDictionary<(string Method, string Path), string[]> DeclaredByPath = new();

    public static IApplicationBuilder UseContentTypeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        string[]? accepted = null;
        if (endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts)
        {
            accepted = [.. accepts.ContentTypes];
            if (MediaType(context.Request.ContentType) is { } media && accepted.Any(a => Matches(media, a)))
            {
                accepted = null;
            }
        }
        else if (endpoint?.DisplayName == RoutingRejectionName)
        {
            accepted = DeclaredFor(context);
        }

        if (accepted is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var sent = MediaType(context.Request.ContentType);
        var send = accepted.Length == 0 ? "a supported type (see /openapi/v1.json)" : Describe(accepted);
        await Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
            detail: sent is null
                ? $"Content-Type: the request has none; send the body as {send}"
                : $"Content-Type: '{sent}' is not accepted here; send the body as {send}")
            .ExecuteAsync(context).ConfigureAwait(false);
    });

    private static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.HasValue
            ? parsed.MediaType.Value!.ToLowerInvariant()
            : null;

    private static bool Matches(string media, string accepted) =>
        string.Equals(media, MediaType(accepted) ?? accepted, StringComparison.OrdinalIgnoreCase);

    private static string Describe(string[] types) =>
        types.Length == 1 ? types[0] : $"{string.Join(", ", types[..^1])} or {types[^1]}";

    /// <summary>The media types the endpoint that routing rejected declares (found again by method and path; only on
    /// this error path, cached per path).</summary>
    private static string[] DeclaredFor(HttpContext context)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        if (DeclaredByPath.Count > 256)
        {
            DeclaredByPath.Clear();
        }

        return DeclaredByPath.GetOrAdd((method, path), key =>
        {
            var sources = context.RequestServices.GetServices<EndpointDataSource>();
            foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
            {
                if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { ContentTypes.Count: > 0 } accepts
                    || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                    || !methods.HttpMethods.Contains(key.Method, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []);
                if (matcher.TryMatch(key.Path, []))
                {
                    return [.. accepts.ContentTypes];
                }
            }

            return [];
        });
    }
}
