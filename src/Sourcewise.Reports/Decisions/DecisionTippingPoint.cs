namespace Sourcewise.Reports.Decisions;

/// <summary>A single answer that would change the recommendation.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="From">The current value as a profile would hold it (<c>null</c> = unknown).</param>
/// <param name="To">The value that flips it.</param>
/// <param name="NewRecommendation">A model id or <c>close-call</c>.</param>
public sealed record DecisionTippingPoint(string Factor, object? From, object? To, string NewRecommendation);
