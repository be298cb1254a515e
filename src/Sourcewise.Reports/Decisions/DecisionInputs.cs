using System.Collections.Immutable;
using System.Globalization;
using Sourcewise.Comparison;
using Sourcewise.CostModel;
using Sourcewise.Signals;

namespace Sourcewise.Reports.Decisions;

/// <summary>Maps the cost and check engines' results to what a decision record shows (the record reads the
/// assessment itself).</summary>
public static class DecisionInputs
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The six dimensions × three models from the comparison in Core (<c>Data/models.json</c>).</summary>
    public static ImmutableArray<ModelDimension> Models() => ModelComparison.Default.Dimensions;

    /// <summary>What the record needs from a contract check.</summary>
    public static DecisionContractCheck FromCheck(ContractCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        static ImmutableArray<DecisionEvidence> Evidence(ImmutableArray<SignalEvidence> evidence) =>
            evidence.IsDefaultOrEmpty ? [] : [.. evidence.Select(e => new DecisionEvidence(e.Text, e.Page, e.Line))];
        return new DecisionContractCheck(
            check.Document,
            check.Claim?.Model.ToId(),
            check.Classification.ActualModelId,
            [.. check.Signals.Select(s => new DecisionSignal(s.Id, s.Definition.PrimaryModel?.ToId() ?? "none",
                s.Definition.Strength.ToString().ToLowerInvariant(), Evidence(s.Evidence)))],
            [.. check.Findings.Select(f => new DecisionFinding(f.Id, f.Severity.ToString().ToLowerInvariant(), f.Message,
                Evidence(f.Evidence), f.Ask))]);
    }

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
