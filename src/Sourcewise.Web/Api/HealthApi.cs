using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Api;

/// <summary><c>GET /health</c>: 200 when the database answers, 503 otherwise.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", CheckAsync)
            .WithName("Health").WithTags("Health")
            .WithSummary("200 when the database answers")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    private static async Task<Results<Ok<string>, ProblemHttpResult>> CheckAsync(SourcewiseDbContext db,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            if (await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
            {
                return TypedResults.Ok("ok");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebLog.HealthFailed(loggers.CreateLogger("Sourcewise.Web.Health"), e);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable");
    }
}
