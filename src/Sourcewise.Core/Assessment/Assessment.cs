using System.Collections.Immutable;
using Sourcewise.Profiles;

namespace Sourcewise.Assessments;

/// <summary>The assessment of one workstream: the recommended model, the scores and every reason behind them, the
/// tipping points, the stage guidance and the mistakes that apply. Immutable.</summary>
public sealed record Assessment
{
    /// <summary>The recommendation value used when the margin is too small to call.</summary>
    public const string CloseCall = "close-call";

    /// <summary>The workstream's name.</summary>
    public required string Name { get; init; }

    /// <summary>The profile that was assessed.</summary>
    public required WorkProfile Profile { get; init; }

    /// <summary>The recommended model id, or <c>close-call</c> when the margin is below the threshold.</summary>
    public required string Recommendation { get; init; }

    /// <summary>The recommended model, or <c>null</c> for a close call.</summary>
    public EngagementModel? RecommendedModel => IsCloseCall ? null : BestFit;

    /// <summary>Whether the margin was too small to call.</summary>
    public bool IsCloseCall => Recommendation == CloseCall;

    /// <summary>The model with the highest score (ties go to the earlier model in canonical order).</summary>
    public required EngagementModel BestFit { get; init; }

    /// <summary>The model with the second highest score.</summary>
    public required EngagementModel RunnerUp { get; init; }

    /// <summary>Best-fit score minus runner-up score.</summary>
    public required double Margin { get; init; }

    /// <summary>The margin below which the engine says <c>close-call</c>.</summary>
    public required double CloseCallThreshold { get; init; }

    /// <summary>The score of each model.</summary>
    public required ModelScores Scores { get; init; }

    /// <summary>Every factor's contribution, in rule order.</summary>
    public required ImmutableArray<Contribution> Contributions { get; init; }

    /// <summary>Every single answer that, changed, would change the recommendation.</summary>
    public required ImmutableArray<TippingPoint> TippingPoints { get; init; }

    /// <summary>The model-selection mistakes that apply.</summary>
    public required ImmutableArray<Mistake> Mistakes { get; init; }

    /// <summary>What the framework advises at this company stage.</summary>
    public required string StageGuidance { get; init; }

    /// <summary>How far to trust the result, from 0 to 1.</summary>
    public required double Confidence { get; init; }

    /// <summary>The confidence in words.</summary>
    public required ConfidenceLevel ConfidenceLevel { get; init; }

    /// <summary>The unanswered questions, with why each matters.</summary>
    public required ImmutableArray<UnknownAnswer> Unknowns { get; init; }

    /// <summary>For a close call: what would settle it; otherwise <c>null</c>.</summary>
    public string? CloseCallAdvice { get; init; }

    /// <summary>The model on the table, if the profile named one.</summary>
    public EngagementModel? Considering => Profile.Considering;
}
