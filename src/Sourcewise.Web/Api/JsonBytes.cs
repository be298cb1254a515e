namespace Sourcewise.Web.Api;

/// <summary>JSON already written, answered as is, with a status code and an optional <c>Location</c>.</summary>
internal sealed class JsonBytes(byte[] utf8Json, int statusCode = StatusCodes.Status200OK, string? location = null) : IResult
{
    public byte[] Utf8Json { get; } = utf8Json;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        httpContext.Response.ContentType = "application/json";
        httpContext.Response.ContentLength = Utf8Json.Length;
        return httpContext.Response.Body.WriteAsync(Utf8Json, httpContext.RequestAborted).AsTask();
    }
}
