namespace Sourcewise.Assessments;

/// <summary>A single answer that, changed, flips the recommendation. Immutable.</summary>
/// <remarks>True by construction: applying <see cref="To"/> to the profile and assessing again gives exactly
/// <see cref="NewRecommendation"/>.</remarks>
/// <param name="Factor">The profile key, e.g. <c>leadershipBandwidth</c>.</param>
/// <param name="From">The current value as a profile holds it (<c>"high"</c>, <c>true</c>, <c>12</c>), or <c>null</c>
/// when the answer is unknown.</param>
/// <param name="To">The value that flips it, as a profile holds it.</param>
/// <param name="NewRecommendation">The recommendation after the change: a model id or <c>close-call</c>.</param>
public sealed record TippingPoint(string Factor, object? From, object To, string NewRecommendation);
