using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Documents.Profiles;
using Sourcewise.Web.Assessments;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/assess</c>: a work profile (JSON) in, the assessment JSON out.</summary>
internal static class AssessApi
{
    public static RouteGroupBuilder MapAssessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/assess", AssessAsync)
            .WithName("Assess").WithTags("Assess")
            .WithSummary("Assess one workstream")
            .WithDescription("Body: a work profile (JSON, keys from the public interface; only `name` is required). " +
                             "Answer: the assessment JSON (recommendation, scores, contributions, tipping points, mistakes).")
            .Accepts<ProfileSchema>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AssessAsync(HttpRequest request,
        IAssessor assessor, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var profile = WorkProfileReader.ReadText(body.Value!, "body");
        if (!profile.Success)
        {
            return Problems.From(profile.Diagnostics);
        }

        var assessment = assessor.Assess(profile.Value!, cancellationToken);
        return assessment.Success
            ? TypedResults.File(assessment.Value!.Utf8Json, "application/json")
            : Problems.From(assessment.Diagnostics);
    }
}
