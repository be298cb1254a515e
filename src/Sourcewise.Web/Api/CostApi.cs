using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.Application.Cost;
using Sourcewise.Application.Output;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/cost?trials=N&amp;seed=S</c>: a cost scenario in, the cost distribution JSON out (the bytes of
/// <c>sourcewise cost --format json</c> with the same trials and seed).</summary>
internal static class CostApi
{
    public static RouteGroupBuilder MapCostApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cost", SimulateAsync)
            .WithName("Cost").WithTags("Cost")
            .WithSummary("Simulate the cost of each option")
            .WithDescription($"Body: a cost scenario (JSON, or YAML as `application/yaml`). `trials` ({CostDefaults.MinTrials}–" +
                             $"{CostDefaults.MaxTrials:N0}, default {CostDefaults.Trials:N0}, as on the command line) and `seed` " +
                             "(0 or more; without one a seed is drawn and reported in the answer's `seed`): the same seed gives " +
                             "the same numbers, byte for byte what `sourcewise cost --format json` prints.")
            .Accepts<CostScenarioSchema>("application/json", "application/yaml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<JsonAnswer<CostSchema>, ProblemHttpResult>> SimulateAsync(HttpRequest request,
        string? trials, string? seed, CancellationToken cancellationToken)
    {
        int trialCount = CostDefaults.Trials;
        if (!string.IsNullOrEmpty(trials) && !int.TryParse(trials, NumberStyles.Integer, CultureInfo.InvariantCulture, out trialCount))
        {
            return Problems.Field("trials", $"must be a whole number from {CostDefaults.MinTrials} to {CostDefaults.MaxTrials:N0}, got '{trials}'");
        }

        long? seedValue = null;
        if (!string.IsNullOrEmpty(seed))
        {
            if (!long.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problems.Field("seed", $"must be a whole number, 0 or more, got '{seed}'");
            }

            seedValue = parsed;
        }

        // The limits are the use case's, checked before the body is read.
        if ((CostDefaults.CheckTrials(trialCount) ?? CostDefaults.CheckSeed(seedValue)) is { } bad)
        {
            return Problems.From([bad]);
        }

        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var scenario = SimulateCost.ReadText(body.Value!, "body");
        if (!scenario.HasValue)
        {
            return Problems.From(scenario);
        }

        var simulated = SimulateCost.Simulate(scenario.Value, trialCount, seedValue, cancellationToken: cancellationToken);
        return simulated.HasValue
            ? new JsonAnswer<CostSchema>(SimulateCost.Render(simulated.Value, OutputFormat.Json))
            : Problems.From(simulated);
    }
}
