using System.Collections.Immutable;
using System.Globalization;
using Sourcewise.CostModel;

namespace Sourcewise.Reports.Decisions;

/// <summary>Maps the engines' results to what a decision record shows.</summary>
public static class DecisionInputs
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The cost comparison of a simulation, with its chart (either form may be <c>null</c>).</summary>
    public static DecisionCost FromCost(CostResult result, string? chartSvg, byte[]? chartPng, int chartWidthPx,
        int chartHeightPx, string? scenarioFile = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = result.Options
            .Select(o => new DecisionCostOption(o.Id, o.P10, o.P50, o.P90, o.Mean, o.ProbabilityCheapest))
            .ToImmutableArray();
        return new DecisionCost(result.Currency, result.HorizonMonths, result.Trials, result.Seed, options,
            chartSvg, chartPng, chartWidthPx, chartHeightPx, CostNotes(result), scenarioFile);
    }

    private static ImmutableArray<string> CostNotes(CostResult result)
    {
        if (result.Options.Count == 0)
        {
            return [];
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        var cheapest = result.CheapestAtMedian;
        foreach (var other in result.Options.Where(o => o.Kind != cheapest.Kind))
        {
            if (cheapest.BreakEven.TryGetValue(other.Kind, out var month) && month is { } m && m > 1)
            {
                notes.Add($"{cheapest.Kind.ToDisplayName()} becomes cheaper than {other.Kind.ToDisplayName()} from month {m.ToString(Inv)} (cumulative median) and stays cheaper.");
            }
        }

        foreach (var driver in cheapest.Drivers.OrderByDescending(d => d.Swing).ThenBy(d => d.Parameter, StringComparer.Ordinal).Take(3))
        {
            if (driver.Swing <= 0)
            {
                continue;
            }

            notes.Add($"Cost driver for {cheapest.Kind.ToDisplayName()}: {driver.Parameter} from {driver.LowLabel} to {driver.HighLabel} moves its median total from {result.Currency} {Math.Round(driver.P50AtLow).ToString("N0", Inv)} to {Math.Round(driver.P50AtHigh).ToString("N0", Inv)}.");
        }

        return notes.ToImmutable();
    }
}
