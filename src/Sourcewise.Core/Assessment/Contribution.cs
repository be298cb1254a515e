namespace Sourcewise.Assessments;

/// <summary>What one answer added to (or took from) one model's score, and why. Immutable.</summary>
/// <param name="Factor">The profile key the points are credited to, e.g. <c>requirementVolatility</c>.</param>
/// <param name="Model">The model whose score changed.</param>
/// <param name="Points">Points added (negative: taken away).</param>
/// <param name="Reason">The reason in plain words.</param>
public sealed record Contribution(string Factor, EngagementModel Model, double Points, string Reason);
