namespace Sourcewise.Reports.Decisions;

/// <summary>A question the profile leaves unanswered.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="Question">The question to ask.</param>
/// <param name="Why">Why the answer matters, or <c>null</c>.</param>
/// <param name="CouldChangeRecommendation">Whether some answer to it would change the recommendation.</param>
public sealed record DecisionUnknown(string Factor, string Question, string? Why = null, bool CouldChangeRecommendation = false);
