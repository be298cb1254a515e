namespace Sourcewise.Reports.Decisions;

/// <summary>One option's total cost over the horizon.</summary>
/// <param name="Id">The option id (<c>staffAugmentation</c>, <c>projectOutsourcing</c>, <c>managedServices</c>, <c>inHouse</c>).</param>
/// <param name="P10">10th percentile of the total.</param>
/// <param name="P50">Median total.</param>
/// <param name="P90">90th percentile of the total.</param>
/// <param name="Mean">Mean total.</param>
/// <param name="ProbabilityCheapest">Share of trials in which this option was the cheapest.</param>
public sealed record DecisionCostOption(string Id, double P10, double P50, double P90, double Mean, double ProbabilityCheapest);
