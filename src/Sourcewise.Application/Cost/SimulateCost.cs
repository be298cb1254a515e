using System.Text;
using Sourcewise.Application.Output;
using Sourcewise.CostModel;
using Sourcewise.Documents.Scenarios;
using Sourcewise.Reports.Charts;
using Sourcewise.Reports.Json;
using Sourcewise.Reports.Markdown;

namespace Sourcewise.Application.Cost;

/// <summary>Use case: a Monte Carlo comparison of the cost shapes of the options in a scenario, with the limits of
/// <see cref="CostDefaults"/>.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class SimulateCost
{
    /// <summary>Reads a scenario file (YAML or JSON).</summary>
    public static async Task<Outcome<CostScenario>> ReadFileAsync(string path, CancellationToken cancellationToken) =>
        Outcome<CostScenario>.From(await CostScenarioReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a scenario from a stream (stdin, a request body).</summary>
    public static async Task<Outcome<CostScenario>> ReadStreamAsync(Stream stream, string name, CancellationToken cancellationToken) =>
        Outcome<CostScenario>.From(await CostScenarioReader.ReadStreamAsync(stream, name, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a scenario from text (YAML or JSON).</summary>
    public static Outcome<CostScenario> ReadText(string text, string name) =>
        Outcome<CostScenario>.From(CostScenarioReader.ReadText(text, name));

    /// <summary>Simulates a scenario. Invalid (naming <c>trials</c> or <c>seed</c>) when they are out of the limits.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="trials">Trials, <see cref="CostDefaults.MinTrials"/> to <see cref="CostDefaults.MaxTrials"/>.</param>
    /// <param name="seed">The seed; <c>null</c> draws one (reported in the result).</param>
    /// <param name="progress">Receives the share of trials done (0–1), from worker threads.</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static Outcome<CostResult> Simulate(CostScenario scenario, int trials = CostDefaults.Trials, long? seed = null,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (CostDefaults.CheckTrials(trials) is { } badTrials)
        {
            return Outcome<CostResult>.Invalid(badTrials);
        }

        if (CostDefaults.CheckSeed(seed) is { } badSeed)
        {
            return Outcome<CostResult>.Invalid(badSeed);
        }

        var options = new CostSimulationOptions { Trials = trials, Seed = seed, Progress = progress };
        return Outcome<CostResult>.Ok(new CostSimulator().Simulate(scenario, options, cancellationToken));
    }

    /// <summary>A result as JSON (indented, with a final line break) or Markdown.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not JSON or Markdown.</exception>
    public static byte[] Render(CostResult result, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        return format switch
        {
            OutputFormat.Json => Encoding.UTF8.GetBytes(CostJson.Write(result) + "\n"),
            OutputFormat.Markdown => Encoding.UTF8.GetBytes(CostMarkdown.Write(result)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A cost result renders to JSON or Markdown here."),
        };
    }

    /// <summary>The chart format of a file name (<c>.svg</c>, <c>.png</c>, any case), or <c>null</c>.</summary>
    public static ChartFormat? ChartFormatOf(string? fileName) =>
        Path.GetExtension(fileName)?.ToLowerInvariant() switch
        {
            ".svg" => ChartFormat.Svg,
            ".png" => ChartFormat.Png,
            _ => null,
        };

    /// <summary>The chart of the cumulative monthly bands.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static byte[] RenderChart(CostResult result, ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        return format switch
        {
            ChartFormat.Svg => Encoding.UTF8.GetBytes(CostChart.ToSvg(result)),
            ChartFormat.Png => CostChart.ToPng(result),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown chart format."),
        };
    }
}
