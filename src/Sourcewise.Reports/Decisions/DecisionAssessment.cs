using System.Collections.Immutable;

namespace Sourcewise.Reports.Decisions;

/// <summary>What a decision record needs from an assessment. <see cref="DecisionInputs"/> builds one from the
/// assessment engine's result; tests build one by hand.</summary>
/// <param name="Recommendation">A model id, or <c>close-call</c>.</param>
/// <param name="BestFit">The highest-scoring model.</param>
/// <param name="RunnerUp">The second.</param>
/// <param name="Margin">Best-fit score minus runner-up score.</param>
/// <param name="Scores">The score per model.</param>
/// <param name="Contributions">Each factor's points for each model, with its reason.</param>
/// <param name="TippingPoints">Single answers that would change the recommendation.</param>
/// <param name="Mistakes">Model-selection mistakes that apply.</param>
/// <param name="StageGuidance">Guidance for the company stage, if any.</param>
/// <param name="Confidence">How sure the assessment is ("high", "medium", "low", or a description).</param>
/// <param name="Unknowns">Unanswered questions that would sharpen the decision.</param>
/// <param name="CloseCallAdvice">What to do about a close call, if the engine says.</param>
public sealed record DecisionAssessment(
    string Recommendation,
    EngagementModel BestFit,
    EngagementModel RunnerUp,
    double Margin,
    ImmutableDictionary<EngagementModel, double> Scores,
    ImmutableArray<DecisionContribution> Contributions,
    ImmutableArray<DecisionTippingPoint> TippingPoints,
    ImmutableArray<DecisionMistake> Mistakes,
    string? StageGuidance,
    string? Confidence,
    ImmutableArray<DecisionUnknown> Unknowns,
    string? CloseCallAdvice = null)
{
    /// <summary>Whether the assessment declined to pick (the margin is small).</summary>
    public bool IsCloseCall => Recommendation == "close-call";
}
