namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/cost?trials=N&amp;seed=S</c>: a cost scenario in, the cost distribution JSON out.</summary>
internal static class CostApi
{
    public static RouteGroupBuilder MapCostApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cost", (int? trials, int? seed) => EnginePlaceholders.Missing("cost"))
            .WithName("Cost").WithTags("Cost")
            .WithSummary("Simulate the cost of each option")
            .WithDescription("Body: a cost scenario (JSON). `trials` (default 10000) and `seed` (default 1) make the run repeatable.")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }
}
