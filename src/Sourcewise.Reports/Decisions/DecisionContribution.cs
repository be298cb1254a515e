namespace Sourcewise.Reports.Decisions;

/// <summary>One factor's effect on one model's score.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="Model">The model it moves.</param>
/// <param name="Points">Positive for, negative against.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record DecisionContribution(string Factor, EngagementModel Model, double Points, string Reason);
