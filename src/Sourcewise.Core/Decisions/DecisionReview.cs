namespace Sourcewise.Decisions;

/// <summary>Why a decision is not on track.</summary>
public enum ReviewReasonKind
{
    /// <summary><c>cost-above-band</c>: cumulative spend above the frozen p90.</summary>
    CostAboveBand,

    /// <summary><c>cost-below-band</c>: cumulative spend below the frozen p10.</summary>
    CostBelowBand,

    /// <summary><c>change-requests-above-expected</c>.</summary>
    ChangeRequestsAboveExpected,

    /// <summary><c>sla-breaches</c>.</summary>
    SlaBreaches,

    /// <summary><c>attrition-above-expected</c>.</summary>
    AttritionAboveExpected,

    /// <summary><c>recommendation-changed</c>: the current answers give another recommendation.</summary>
    RecommendationChanged,

    /// <summary><c>review-date-passed</c>.</summary>
    ReviewDatePassed,
}

/// <summary>Public ids of <see cref="ReviewReasonKind"/>.</summary>
public static class ReviewReasonKinds
{
    /// <summary>The public id, e.g. <c>cost-above-band</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToId(this ReviewReasonKind kind) => kind switch
    {
        ReviewReasonKind.CostAboveBand => "cost-above-band",
        ReviewReasonKind.CostBelowBand => "cost-below-band",
        ReviewReasonKind.ChangeRequestsAboveExpected => "change-requests-above-expected",
        ReviewReasonKind.SlaBreaches => "sla-breaches",
        ReviewReasonKind.AttritionAboveExpected => "attrition-above-expected",
        ReviewReasonKind.RecommendationChanged => "recommendation-changed",
        ReviewReasonKind.ReviewDatePassed => "review-date-passed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reason."),
    };
}

/// <summary>One reason, in plain words. Immutable.</summary>
/// <param name="Kind">What kind of reason.</param>
/// <param name="Status">The status this reason alone calls for.</param>
/// <param name="Message">The reason in plain words.</param>
/// <param name="Month">The month it refers to (where the band was left), or <c>null</c>.</param>
/// <param name="Factor">The profile key that changed, or <c>null</c>.</param>
/// <param name="From">The value then, or <c>null</c>.</param>
/// <param name="To">The value now, or <c>null</c>.</param>
/// <param name="Amount">By how much (spend above p90 or below p10; excess count), or <c>null</c>.</param>
public sealed record ReviewReason(ReviewReasonKind Kind, ReviewStatus Status, string Message, YearMonth? Month = null,
    string? Factor = null, object? From = null, object? To = null, double? Amount = null);

/// <summary>One month of the review: its spend, the cumulative spend and the frozen band, if the horizon reaches it.</summary>
/// <param name="Actual">The month as entered.</param>
/// <param name="Cumulative">Spend from the start up to and including this month.</param>
/// <param name="Band">The frozen band for the month, or <c>null</c>.</param>
public sealed record ReviewMonth(MonthActual Actual, double Cumulative, CostBand? Band);

/// <summary>The review of one decision. Immutable.</summary>
/// <param name="Id">The decision's id.</param>
/// <param name="Status">The most urgent status among the reasons, or on-track when there are none.</param>
/// <param name="ChosenModel">The model chosen.</param>
/// <param name="Reasons">Every reason, most urgent first.</param>
/// <param name="Months">The months entered, oldest first.</param>
/// <param name="History">The decision's history, oldest first.</param>
public sealed record DecisionReview(string Id, ReviewStatus Status, EngagementModel ChosenModel,
    IReadOnlyList<ReviewReason> Reasons, IReadOnlyList<ReviewMonth> Months, IReadOnlyList<DecisionRevision> History);
