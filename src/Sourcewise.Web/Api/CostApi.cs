using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Sourcewise.CostModel;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Reports.Json;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Api;

/// <summary><c>POST /api/cost?trials=N&amp;seed=S</c>: a cost scenario in, the cost distribution JSON out.</summary>
internal static class CostApi
{
    /// <summary>Most trials one request may ask for (the CLI allows more).</summary>
    public const int MaxTrials = 1_000_000;

    public const int DefaultTrials = 20_000;

    public static RouteGroupBuilder MapCostApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cost", SimulateAsync)
            .WithName("Cost").WithTags("Cost")
            .WithSummary("Simulate the cost of each option")
            .WithDescription($"Body: a cost scenario (JSON). `trials` (1–{MaxTrials:N0}, default {DefaultTrials:N0}) and `seed` " +
                             "(default 1) make the run repeatable: the same seed gives the same numbers.")
            .Accepts<JsonElement>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AsHeavyWork();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SimulateAsync(HttpRequest request,
        string? trials, string? seed, CancellationToken cancellationToken)
    {
        if (!TryParse(trials, DefaultTrials, out var trialCount) || trialCount is < 1 or > MaxTrials)
        {
            return Problems.Field("trials", $"must be a whole number from 1 to {MaxTrials:N0}");
        }

        if (!TryParse(seed, 1, out var seedValue))
        {
            return Problems.Field("seed", "must be a whole number");
        }

        var body = await RequestBody.ReadTextAsync(request, Limits.JsonBody, cancellationToken).ConfigureAwait(false);
        if (!body.Success)
        {
            return Problems.From(body.Diagnostics);
        }

        var scenario = CostScenarioReader.ReadText(body.Value!, "body");
        if (!scenario.Success)
        {
            return Problems.From(scenario.Diagnostics);
        }

        var json = Simulate(scenario.Value!, trialCount, seedValue, cancellationToken);
        return TypedResults.File(json, "application/json");
    }

    internal static byte[] Simulate(CostScenario scenario, int trials, long seed, CancellationToken cancellationToken)
    {
        var result = new CostSimulator().Simulate(scenario, new CostSimulationOptions { Trials = trials, Seed = seed }, cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CostJson.Write(result, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static bool TryParse(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
