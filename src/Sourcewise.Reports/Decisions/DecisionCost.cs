using System.Collections.Immutable;

namespace Sourcewise.Reports.Decisions;

/// <summary>The cost comparison a decision record shows: per-option percentiles and the chart.</summary>
/// <param name="Currency">The currency code, e.g. <c>USD</c>.</param>
/// <param name="HorizonMonths">The horizon of the simulation.</param>
/// <param name="Trials">The number of Monte Carlo trials.</param>
/// <param name="Seed">The seed (the same seed gives the same numbers).</param>
/// <param name="Options">The options, in scenario order.</param>
/// <param name="ChartSvg">The chart as SVG, or <c>null</c>.</param>
/// <param name="ChartPng">The chart as PNG, or <c>null</c>.</param>
/// <param name="ChartWidthPx">The chart's width in pixels.</param>
/// <param name="ChartHeightPx">The chart's height in pixels.</param>
/// <param name="Notes">Extra sentences (break-even, main cost drivers).</param>
/// <param name="ScenarioFile">The scenario file name, for the record.</param>
public sealed record DecisionCost(
    string Currency,
    int HorizonMonths,
    int Trials,
    long Seed,
    ImmutableArray<DecisionCostOption> Options,
    string? ChartSvg,
    byte[]? ChartPng,
    int ChartWidthPx,
    int ChartHeightPx,
    ImmutableArray<string> Notes,
    string? ScenarioFile = null);
