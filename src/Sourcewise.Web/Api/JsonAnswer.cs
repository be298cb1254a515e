using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Sourcewise.Web.Api;

/// <summary>A 200 answer whose JSON was rendered by the use case's renderer (the same bytes the CLI prints), typed by
/// <typeparamref name="TSchema"/> so the OpenAPI document describes the body.</summary>
/// <typeparam name="TSchema">The shape of the JSON, for the OpenAPI document only (the records in ApiSchemas.cs).</typeparam>
internal sealed class JsonAnswer<TSchema>(byte[] utf8Json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult,
    IContentTypeHttpResult
{
    public byte[] Utf8Json { get; } = utf8Json;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = Utf8Json.Length;
        return httpContext.Response.Body.WriteAsync(Utf8Json, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TSchema), ["application/json"]));
    }
}
