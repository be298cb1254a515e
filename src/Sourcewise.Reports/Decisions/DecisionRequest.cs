using System.Collections.Immutable;
using Sourcewise.Assessments;
using Sourcewise.Comparison;
using Sourcewise.Profiles;

namespace Sourcewise.Reports.Decisions;

/// <summary>Everything a decision record is built from.</summary>
public sealed record DecisionRequest
{
    /// <summary>The workstream.</summary>
    public required WorkProfile Profile { get; init; }

    /// <summary>Its assessment: Core's, as every renderer reads it (a saved one comes back through
    /// <see cref="Json.AssessmentJson.Read"/>).</summary>
    public required Assessment Assessment { get; init; }

    /// <summary>The decision date; also fixes every timestamp in the rendered files.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The six dimensions × three models (<see cref="DecisionInputs.Models"/>); empty leaves the comparison
    /// table out.</summary>
    public ImmutableArray<ModelDimension> Models { get; init; } = [];

    /// <summary>An optional cost comparison.</summary>
    public DecisionCost? Cost { get; init; }

    /// <summary>An optional contract check.</summary>
    public DecisionContractCheck? Contract { get; init; }

    /// <summary>When to review; <c>null</c> = <see cref="Date"/> plus <see cref="ReviewMonths"/>.</summary>
    public DateOnly? ReviewBy { get; init; }

    /// <summary>Months until the review when <see cref="ReviewBy"/> is not given (default 6).</summary>
    public int ReviewMonths { get; init; } = 6;

    /// <summary>A title; <c>null</c> = "Sourcing decision: NAME".</summary>
    public string? Title { get; init; }

    /// <summary>Who decides (names or roles); also the sign-off lines.</summary>
    public ImmutableArray<string> DecidedBy { get; init; } = [];

    /// <summary>The record's status (MADR: proposed, accepted, rejected, superseded).</summary>
    public string Status { get; init; } = "proposed";

    /// <summary>The date the review is due.</summary>
    public DateOnly EffectiveReviewBy => ReviewBy ?? Date.AddMonths(ReviewMonths);
}
