using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Api;

/// <summary>The portfolio JSON of a checked upload, written to the response as the rows are assessed (chunked, never
/// whole in memory). If the work is stopped once the answer has begun (a timeout, the client left), the connection is
/// dropped: a truncated JSON is not a valid answer, and a status can no longer be sent.</summary>
internal sealed class PortfolioJsonResult(PortfolioUpload upload) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        try
        {
            await PortfolioService.WriteJsonAsync(upload, response.Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (response.HasStarted)
        {
            WebLog.AnswerAbandoned(httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sourcewise.Web.Portfolio"),
                httpContext.Request.Path.Value ?? "");
            httpContext.Abort();
        }
    }
}
