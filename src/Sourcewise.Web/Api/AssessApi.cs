using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Output;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/assess</c>: a work profile in, the assessment JSON out (the bytes of
/// <c>sourcewise assess --format json</c>).</summary>
internal static class AssessApi
{
    public static RouteGroupBuilder MapAssessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/assess", AssessAsync)
            .WithName("Assess").WithTags("Assess")
            .WithSummary("Assess one workstream")
            .WithDescription("Body: a work profile (JSON, or YAML as `application/yaml`; keys from the public interface; only " +
                             "`name` is required). Answer: the assessment JSON (recommendation, scores, contributions, tipping " +
                             "points, mistakes), byte for byte what `sourcewise assess --format json` prints.")
            .Accepts<ProfileSchema>("application/json", "application/yaml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<Results<JsonAnswer<AssessmentSchema>, ProblemHttpResult>> AssessAsync(HttpRequest request,
        AssessWorkstream assess, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var assessed = assess.AssessText(body.Value!, "body", cancellationToken);
        return assessed.HasValue
            ? new JsonAnswer<AssessmentSchema>(AssessmentOutput.Render(assessed.Value, OutputFormat.Json))
            : Problems.From(assessed);
    }
}
