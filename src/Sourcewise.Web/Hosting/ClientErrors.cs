using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Api;

namespace Sourcewise.Web.Hosting;

/// <summary>Bodies that go wrong outside the API's own readers (a page's form, read by model binding or antiforgery):
/// a body that ended early or arrived too slowly answers 400/408, a form over one of its limits 413 naming that
/// limit, each with one log line and no stack trace, instead of reaching the exception handler as a 500. A client
/// that closed the connection before sending the whole body gets one log line too (and no answer: it is gone).</summary>
internal static class ClientErrors
{
    public static IApplicationBuilder UseClientErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            var (_, message) = RequestBody.Describe(e);
            await AnswerAsync(context, e.StatusCode, "Unreadable request body", message).ConfigureAwait(false);
        }
        catch (Exception e) when (RequestBody.ClientLeft(context, e) && !context.Response.HasStarted)
        {
            RequestBody.Left(context.Request);
        }
        catch (InvalidDataException e) when (RequestBody.FormLimit(e, context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value) is { } limit)
        {
            await AnswerAsync(context, StatusCodes.Status413PayloadTooLarge, "Form over a limit", limit).ConfigureAwait(false);
        }
    });

    /// <summary>Reads a page's posted form before the page runs, so a form over a limit is answered by
    /// <see cref="UseClientErrors"/> naming the limit (the page's antiforgery check would otherwise swallow it into a
    /// bare 400). The form is read once: the page and the antiforgery check reuse it.</summary>
    public static IApplicationBuilder UsePageForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.HasFormContentType && !context.Request.Path.StartsWithSegments("/api")
            && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null)
        {
            await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }

        await next(context).ConfigureAwait(false);
    });

    private static async Task AnswerAsync(HttpContext context, int status, string title, string detail)
    {
        WebLog.BodyUnreadable(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Requests"),
            context.Request.Method, context.Request.Path.Value ?? "", detail);
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.Clear();
        await Results.Problem(statusCode: status, title: title, detail: $"body: {detail}").ExecuteAsync(context).ConfigureAwait(false);
    }
}
