namespace Sourcewise.Assessments;

/// <summary>A question the profile leaves unanswered: something to find out. Immutable.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="Question">The question to ask.</param>
/// <param name="Why">Why the answer matters.</param>
/// <param name="CouldChangeRecommendation">Whether some answer to it would change the recommendation (it is a tipping
/// point).</param>
public sealed record UnknownAnswer(string Factor, string Question, string Why, bool CouldChangeRecommendation);
