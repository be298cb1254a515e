namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/portfolio</c>: many workstreams in, the portfolio JSON out.</summary>
internal static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api)
    {
        api.MapPost("/portfolio", () => EnginePlaceholders.Missing("portfolio"))
            .WithName("Portfolio").WithTags("Portfolio")
            .WithSummary("Assess many workstreams")
            .WithDescription("Body: a JSON array of work profiles, `text/csv` (header = profile keys), or a multipart `file` (CSV/XLSX).")
            .Accepts<ProfileSchema[]>("application/json", "text/csv", "multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();
        return api;
    }
}
