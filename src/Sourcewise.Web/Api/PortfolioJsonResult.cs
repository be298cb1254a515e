using System.IO.Pipelines;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Sourcewise.Application.Portfolios;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Api;

/// <summary>The portfolio JSON of a counted upload, written by the use case's <see cref="JsonPortfolioSink"/> (the
/// CLI's bytes) to the response as the rows are assessed: chunked, never whole in memory. The use case runs on a
/// worker thread and writes into a pipe that is copied to the response, so a slow client holds the work back rather
/// than filling memory. If the work is stopped once the answer has begun (a timeout, the client left), the connection
/// is dropped: a truncated JSON is not a valid answer, and a status can no longer be sent.</summary>
internal sealed class PortfolioJsonResult(PortfolioUpload upload, AssessPortfolio assessPortfolio)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <summary>What is held between the use case and the response before the use case waits.</summary>
    private static readonly PipeOptions Buffering = new(pauseWriterThreshold: 256 * 1024, resumeWriterThreshold: 128 * 1024,
        useSynchronizationContext: false);

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json";

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(PortfolioSchema), ["application/json"]));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var cancellationToken = httpContext.RequestAborted;
        var pipe = new Pipe(Buffering);
        var assess = Task.Run(() =>
        {
            try
            {
                var opened = upload.Open();
                using var source = opened.GetValueOrThrow();
                using var output = pipe.Writer.AsStream(leaveOpen: true);
                assessPortfolio.Run(source, new JsonPortfolioSink(output), cancellationToken: cancellationToken);
                pipe.Writer.Complete();
            }
            catch (Exception e)
            {
                pipe.Writer.Complete(e);
                throw;
            }
        }, cancellationToken);
        try
        {
            await pipe.Reader.CopyToAsync(response.Body, cancellationToken).ConfigureAwait(false);
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            await assess.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (response.HasStarted)
        {
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            WebLog.AnswerAbandoned(httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Portfolio"),
                httpContext.Request.Path.Value ?? "");
            httpContext.Abort();
        }
    }
}
