using FsCheck;
using FsCheck.Xunit;
using Sourcewise.Decisions;

namespace Sourcewise.Core.Tests.Decisions;

/// <summary>Properties of the review engine over generated spend series.</summary>
public sealed class DecisionReviewerProperties
{
    private static readonly DateOnly Today = new(2026, 7, 15);

    private static MonthActual[] Actuals(byte[] spend) =>
        [.. spend.Select((s, i) => new MonthActual(new YearMonth(2026, 1).AddMonths(i), s * 200.0))];

    [Property(MaxTest = 200)]
    public bool The_status_is_the_most_urgent_reason_and_on_track_only_without_reasons(byte[] spend, bool overdue, byte crs)
    {
        var decision = DecisionReviewerTests.Decision(crRate: 1) with
        {
            ReviewBy = overdue ? new DateOnly(2026, 1, 1) : new DateOnly(2030, 1, 1),
        };
        var actuals = Actuals(spend).Select(a => a with { ChangeRequests = crs % 5 }).ToArray();

        var review = DecisionReviewer.Default.Review(decision, actuals, Today);

        return review.Reasons.Count == 0
            ? review.Status == ReviewStatus.OnTrack
            : review.Status == review.Reasons.Max(r => r.Status) && review.Reasons.All(r => r.Message.Length > 0)
              && review.Reasons.Zip(review.Reasons.Skip(1)).All(p => p.First.Status >= p.Second.Status);
    }

    [Property(MaxTest = 200)]
    public bool Cumulative_spend_is_the_running_sum_and_never_falls(byte[] spend)
    {
        var review = DecisionReviewer.Default.Review(DecisionReviewerTests.Decision(), Actuals(spend), Today);

        var running = 0.0;
        return review.Months.Count == spend.Length
               && review.Months.All(m => Math.Abs(m.Cumulative - (running += m.Actual.Spend)) < 1e-6);
    }

    [Property(MaxTest = 200)]
    public bool A_cost_reason_exists_exactly_when_the_last_month_is_outside_the_band(byte[] spend)
    {
        var review = DecisionReviewer.Default.Review(DecisionReviewerTests.Decision(months: 300), Actuals(spend), Today);

        var last = review.Months.LastOrDefault();
        var above = last is not null && last.Cumulative > last.Band!.P90;
        var below = last is not null && last.Cumulative < last.Band!.P10;
        return review.Reasons.Any(r => r.Kind == ReviewReasonKind.CostAboveBand) == above
               && review.Reasons.Any(r => r.Kind == ReviewReasonKind.CostBelowBand) == below;
    }

    [Property(MaxTest = 100)]
    public bool The_order_of_the_months_does_not_change_the_review(byte[] spend, int seed)
    {
        var actuals = Actuals(spend);
        var shuffled = actuals.OrderBy(_ => new Random(seed).Next()).ToArray();
        var decision = DecisionReviewerTests.Decision();

        var a = DecisionReviewer.Default.Review(decision, actuals, Today);
        var b = DecisionReviewer.Default.Review(decision, shuffled, Today);

        return a.Status == b.Status && a.Reasons.SequenceEqual(b.Reasons) && a.Months.SequenceEqual(b.Months);
    }
}
