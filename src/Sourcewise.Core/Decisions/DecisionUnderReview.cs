namespace Sourcewise.Decisions;

/// <summary>Percentiles of the simulated cumulative cost at the end of one month. Immutable.</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
public sealed record CostBand(double P10, double P50, double P90);

/// <summary>One entry of a decision's append-only history. Immutable.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="Change">What changed, in plain words.</param>
/// <param name="Recommendation">What the assessment recommended after it: a model id or <c>close-call</c>.</param>
public sealed record DecisionRevision(DateTimeOffset At, string Change, string Recommendation);

/// <summary>One work-profile answer that differs from the one the decision was made on. Immutable.</summary>
/// <param name="Factor">The profile key.</param>
/// <param name="From">The answer then, as a profile holds it, or <c>null</c> when it was unknown.</param>
/// <param name="To">The answer now, or <c>null</c> when it is unknown now.</param>
public sealed record AnswerChange(string Factor, object? From, object? To);

/// <summary>The assessment again with the current answers: what it recommended when the decision was made, what it
/// recommends now, the answers that changed and, among them, the one that on its own flips the recommendation (the
/// tipping point that fired), if one does. Immutable.</summary>
/// <param name="OriginalRecommendation">A model id or <c>close-call</c>.</param>
/// <param name="CurrentRecommendation">A model id or <c>close-call</c>.</param>
/// <param name="Changes">The changed answers, in profile order.</param>
/// <param name="Fired">The changed answer that flips the recommendation on its own, else the first changed one, or
/// <c>null</c> when nothing changed.</param>
public sealed record Reassessment(string OriginalRecommendation, string CurrentRecommendation,
    IReadOnlyList<AnswerChange> Changes, AnswerChange? Fired)
{
    /// <summary>Whether the recommendation is no longer the one the decision was made on.</summary>
    public bool Changed => !string.Equals(OriginalRecommendation, CurrentRecommendation, StringComparison.Ordinal);
}

/// <summary>What a decision was made on, frozen when it was saved, as the review engine reads it. Immutable.</summary>
public sealed record DecisionUnderReview
{
    /// <summary>The decision's id.</summary>
    public required string Id { get; init; }

    /// <summary>The model chosen (it may differ from the recommendation).</summary>
    public required EngagementModel ChosenModel { get; init; }

    /// <summary>The engagement's first month.</summary>
    public required YearMonth Start { get; init; }

    /// <summary>When the decision is to be looked at again.</summary>
    public required DateOnly ReviewBy { get; init; }

    /// <summary>The chosen option's cumulative cost band per month, the first entry being <see cref="Start"/>; empty
    /// when the decision has no cost scenario (or it does not compare the chosen model).</summary>
    public IReadOnlyList<CostBand> Band { get; init; } = [];

    /// <summary>Change requests per month the scenario expects (its rate scaled by its volatility), or <c>null</c> when
    /// it expects none to compare against.</summary>
    public double? ExpectedChangeRequestsPerMonth { get; init; }

    /// <summary>Departures per engineer per year assumed; <c>null</c> = the rules' default.</summary>
    public double? AssumedAttritionPerHeadPerYear { get; init; }

    /// <summary>Engineers planned (used when a month does not say its headcount), or <c>null</c>.</summary>
    public int? PlannedHeadcount { get; init; }

    /// <summary>The re-assessment with the current answers, or <c>null</c> when not made.</summary>
    public Reassessment? Reassessment { get; init; }

    /// <summary>The history, oldest first.</summary>
    public IReadOnlyList<DecisionRevision> History { get; init; } = [];
}
