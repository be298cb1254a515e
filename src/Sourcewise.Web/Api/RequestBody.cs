using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Api;

/// <summary>Reads request bodies within limits, turning every way a body can be wrong into a diagnostic, never an
/// exception: over a size limit ("too-large", 413), a form over one of its limits (413 naming that limit), a body that
/// ended before its Content-Length or arrived too slowly (400/408, with one log line and no stack trace).</summary>
internal static class RequestBody
{
    public static async Task<Result<string>> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Result<string>.Fail(TooLarge(maxBytes));
        }

        try
        {
            return await InputText.ReadStreamAsync(request.Body, "body", maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Result<string>.Fail(TooLarge(maxBytes));
        }
        catch (BadHttpRequestException e)
        {
            return Result<string>.Fail(Unreadable(request, e));
        }
        catch (Exception e) when (ClientLeft(request.HttpContext, e))
        {
            return Result<string>.Fail(Left(request));
        }
    }

    /// <summary>Reads a request body as bytes within a limit.</summary>
    public static async Task<Result<byte[]>> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Result<byte[]>.Fail(TooLarge(maxBytes));
        }

        try
        {
            using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 0, maxBytes));
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return Result<byte[]>.Fail(TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            return Result<byte[]>.Ok(buffer.ToArray());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Result<byte[]>.Fail(TooLarge(maxBytes));
        }
        catch (BadHttpRequestException e)
        {
            return Result<byte[]>.Fail(Unreadable(request, e));
        }
        catch (Exception e) when (ClientLeft(request.HttpContext, e))
        {
            return Result<byte[]>.Fail(Left(request));
        }
    }

    /// <summary>Reads a multipart form within the request limits.</summary>
    public static async Task<Result<IFormCollection>> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > Limits.Request)
        {
            return Result<IFormCollection>.Fail(TooLarge(Limits.Upload, "file"));
        }

        try
        {
            return Result<IFormCollection>.Ok(await request.ReadFormAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Result<IFormCollection>.Fail(TooLarge(Limits.Upload, "file"));
        }
        catch (BadHttpRequestException e)
        {
            return Result<IFormCollection>.Fail(Unreadable(request, e));
        }
        catch (Exception e) when (ClientLeft(request.HttpContext, e))
        {
            return Result<IFormCollection>.Fail(Left(request));
        }
        catch (InvalidDataException e)
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            return Result<IFormCollection>.Fail(FormLimit(e, options) is { } limit
                ? Diagnostic.Error("too-large", limit, new SourceLocation(null, Field: "form"))
                : Diagnostic.Error("invalid-form", $"is not a readable multipart form: {e.Message}", new SourceLocation(null, Field: "file")));
        }
        catch (IOException e)
        {
            return Result<IFormCollection>.Fail(Diagnostic.Error("invalid-form", $"is not a readable multipart form: {e.Message}",
                new SourceLocation(null, Field: "file")));
        }
    }

    /// <summary>The "too large" diagnostic for an uploaded file.</summary>
    public static Diagnostic FileTooLarge(long maxBytes) => TooLarge(maxBytes, "file");

    /// <summary>Which form limit an <see cref="InvalidDataException"/> from the form reader reports, in words; <c>null</c>
    /// when it is not a limit (a malformed form).</summary>
    public static string? FormLimit(InvalidDataException exception, FormOptions options)
    {
        var message = exception.Message;
        return message switch
        {
            _ when message.StartsWith("Form value count limit", StringComparison.Ordinal) =>
                $"the form has more than {options.ValueCountLimit:N0} fields (the limit on form fields)",
            _ when message.StartsWith("Form key length limit", StringComparison.Ordinal) =>
                $"a form field name is longer than {options.KeyLengthLimit:N0} characters (the limit on field names)",
            _ when message.StartsWith("Form value length limit", StringComparison.Ordinal) =>
                $"a form field value is longer than {Limits.Describe(options.ValueLengthLimit)} (the limit on field values)",
            _ when message.StartsWith("Multipart body length limit", StringComparison.Ordinal) =>
                $"a part of the form is larger than the {Limits.Describe(Limits.Upload)} upload limit",
            _ when message.StartsWith("Multipart header length limit", StringComparison.Ordinal) =>
                $"a part of the form has headers longer than {options.MultipartHeadersLengthLimit:N0} bytes (the limit on part headers)",
            _ when message.StartsWith("Multipart headers count limit", StringComparison.Ordinal) =>
                $"a part of the form has more than {options.MultipartHeadersCountLimit:N0} headers (the limit on part headers)",
            _ when message.StartsWith("Multipart boundary length limit", StringComparison.Ordinal) =>
                $"the multipart boundary is longer than {options.MultipartBoundaryLengthLimit:N0} characters (the limit on boundaries)",
            _ => null,
        };
    }

    /// <summary>Describes a body Kestrel could not read (it ended early, or arrived too slowly) and logs one line.</summary>
    public static Diagnostic Unreadable(HttpRequest request, BadHttpRequestException exception)
    {
        var (code, message) = Describe(exception);
        WebLog.BodyUnreadable(request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Requests"),
            request.Method, request.Path.Value ?? "", message);
        return Diagnostic.Error(code, message);
    }

    /// <summary>Whether <paramref name="exception"/> means the client closed the connection before sending the whole
    /// body (not a timeout of ours: those are logged and answered by the work limits).</summary>
    public static bool ClientLeft(HttpContext context, Exception exception) =>
        exception is OperationCanceledException or IOException
        && context.RequestAborted.IsCancellationRequested
        && context.Features.Get<Microsoft.AspNetCore.Http.Timeouts.IHttpRequestTimeoutFeature>() is not { RequestTimeoutToken.IsCancellationRequested: true };

    /// <summary>Logs one line for a client that left mid-body, and describes it (nobody will read the answer).</summary>
    public static Diagnostic Left(HttpRequest request)
    {
        const string message = "was cut short: the client closed the connection before sending all of it";
        WebLog.BodyUnreadable(request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Requests"),
            request.Method, request.Path.Value ?? "", message);
        return Diagnostic.Error("incomplete-body", message);
    }

    /// <summary>The diagnostic code (for the status) and the words for an unreadable body.</summary>
    public static (string Code, string Message) Describe(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => ("body-timeout", "arrived too slowly and was abandoned"),
        StatusCodes.Status413PayloadTooLarge => ("too-large", $"is larger than the {Limits.Describe(Limits.Request)} limit"),
        _ when exception.Message.Contains("end of request content", StringComparison.OrdinalIgnoreCase) =>
            ("incomplete-body", "ended before the length its Content-Length announced"),
        _ => ("unreadable-body", $"could not be read: {exception.Message}"),
    };

    private static Diagnostic TooLarge(long maxBytes, string? field = null) =>
        Diagnostic.Error("too-large", $"is larger than the {Limits.Describe(maxBytes)} limit", field is null ? null : new SourceLocation(null, Field: field));
}
