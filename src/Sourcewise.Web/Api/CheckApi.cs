namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/check</c>: a proposal or contract in, the proposal check JSON out.</summary>
internal static class CheckApi
{
    public static RouteGroupBuilder MapCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/check", () => EnginePlaceholders.Missing("proposal check"))
            .WithName("Check").WithTags("Check")
            .WithSummary("Check a proposal, SOW or contract")
            .WithDescription("Multipart form: `file` (.txt .md .html .docx .pdf) and optional `claimed` (a model id).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();
        return api;
    }
}
