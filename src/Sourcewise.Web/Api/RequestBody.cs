using Microsoft.AspNetCore.Http.Features;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;

namespace Sourcewise.Web.Api;

/// <summary>Reads a request body as UTF-8 text within a limit (a declared or actual size over it is "too-large").</summary>
internal static class RequestBody
{
    public static async Task<Result<string>> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Result<string>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit"));
        }

        try
        {
            return await InputText.ReadStreamAsync(request.Body, "body", maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Result<string>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit"));
        }
    }

    /// <summary>Reads a request body as bytes within a limit (over it: "too-large").</summary>
    public static async Task<Result<byte[]>> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Result<byte[]>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit"));
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Result<byte[]>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Result<byte[]>.Ok(buffer.ToArray());
    }

    /// <summary>Reads a multipart form within the request limits (over them: "too-large", never an exception).</summary>
    public static async Task<Result<IFormCollection>> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > Limits.Request)
        {
            return Result<IFormCollection>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.Upload)} upload limit"));
        }

        try
        {
            return Result<IFormCollection>.Ok(await request.ReadFormAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Result<IFormCollection>.Fail(Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(Limits.Upload)} upload limit"));
        }
        catch (InvalidDataException e)
        {
            var tooLarge = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            return Result<IFormCollection>.Fail(Diagnostic.Error(tooLarge ? "too-large" : "invalid-form",
                tooLarge ? $"is larger than the {Limits.Describe(Limits.Upload)} upload limit" : $"is not a readable multipart form: {e.Message}",
                new SourceLocation(null, Field: "file")));
        }
        catch (IOException e)
        {
            return Result<IFormCollection>.Fail(Diagnostic.Error("invalid-form", $"is not a readable multipart form: {e.Message}",
                new SourceLocation(null, Field: "file")));
        }
    }

    /// <summary>The "too large" diagnostic for an uploaded file.</summary>
    public static Diagnostic FileTooLarge(long maxBytes) =>
        Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit", new SourceLocation(null, Field: "file"));

    /// <summary>Marks the request's own body limit (Kestrel enforces it while reading).</summary>
    public static void Limit(HttpContext context, long maxBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }
    }
}
