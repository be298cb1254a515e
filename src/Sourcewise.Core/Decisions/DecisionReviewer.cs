using System.Globalization;

namespace Sourcewise.Decisions;

/// <summary>The review engine: holds a saved decision against what then happened. Given what the decision was made on
/// (<see cref="DecisionUnderReview"/>) and the monthly actuals, it names every reason the decision is not on track —
/// cumulative spend outside the frozen p10–p90 band (from which month, by how much), change requests above the expected
/// rate, SLA breaches, attrition above the assumed rate, a recommendation that changed with the answers, a review date
/// that passed — and the status they call for (<c>reopen</c> over <c>drifting</c> over <c>review-due</c>). No I/O;
/// the thresholds are data (<see cref="ReviewRules"/>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DecisionReviewer
{
    private readonly ReviewRules _rules;

    /// <summary>Creates an engine over <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public DecisionReviewer(ReviewRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    /// <summary>The engine over the built-in rules.</summary>
    public static DecisionReviewer Default { get; } = new(ReviewRules.Default);

    /// <summary>Reviews a decision.</summary>
    /// <param name="decision">What the decision was made on.</param>
    /// <param name="actuals">The months entered, in any order; a month given twice counts once (the later entry); months
    /// before the start are left out.</param>
    /// <param name="today">Today's date, for the review date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DecisionReview Review(DecisionUnderReview decision, IReadOnlyList<MonthActual> actuals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(actuals);
        var sorted = Normalise(actuals, decision.Start);
        var reasons = new List<ReviewReason>(4);
        var months = new List<ReviewMonth>(sorted.Count);
        Cost(decision, sorted, months, reasons);
        ChangeRequests(decision, sorted, reasons);
        SlaBreaches(sorted, reasons);
        Attrition(decision, sorted, reasons);
        Recommendation(decision, reasons);
        if (today > decision.ReviewBy)
        {
            var days = today.DayNumber - decision.ReviewBy.DayNumber;
            reasons.Add(new ReviewReason(ReviewReasonKind.ReviewDatePassed, _rules.ReviewDatePassedStatus,
                $"The review date {Date(decision.ReviewBy)} has passed ({days} {(days == 1 ? "day" : "days")} ago): look at the decision again."));
        }

        // Most urgent first; a stable sort keeps the order above within one status.
        var ordered = reasons.OrderByDescending(r => r.Status).ToArray();
        var status = ordered.Length == 0 ? ReviewStatus.OnTrack : ordered[0].Status;
        return new DecisionReview(decision.Id, status, decision.ChosenModel, ordered, months, decision.History);
    }

    private static List<MonthActual> Normalise(IReadOnlyList<MonthActual> actuals, YearMonth start)
    {
        var byMonth = new SortedDictionary<int, MonthActual>();
        foreach (var actual in actuals)
        {
            if (actual.Month >= start)
            {
                byMonth[actual.Month.Ordinal] = actual;
            }
        }

        return [.. byMonth.Values];
    }

    private void Cost(DecisionUnderReview decision, List<MonthActual> sorted, List<ReviewMonth> months, List<ReviewReason> reasons)
    {
        var cumulative = 0.0;
        var expected = decision.Start;
        var contiguous = true;
        YearMonth? aboveSince = null, belowSince = null;
        (YearMonth Month, double Cumulative, CostBand Band)? last = null;
        foreach (var actual in sorted)
        {
            contiguous &= actual.Month == expected;
            expected = actual.Month.AddMonths(1);
            cumulative += actual.Spend;
            var index = actual.Month.MonthsSince(decision.Start);
            var band = index < decision.Band.Count ? decision.Band[index] : null;
            months.Add(new ReviewMonth(actual, cumulative, band));
            if (!contiguous || band is null)
            {
                // A gap makes the cumulative spend too low to compare; past the horizon there is no band.
                continue;
            }

            last = (actual.Month, cumulative, band);
            aboveSince = cumulative > band.P90 ? aboveSince ?? actual.Month : null;
            belowSince = cumulative < band.P10 ? belowSince ?? actual.Month : null;
        }

        if (last is not { } at)
        {
            return;
        }

        if (aboveSince is { } above)
        {
            var over = at.Cumulative - at.Band.P90;
            var share = at.Band.P90 > 0 ? over / at.Band.P90 : double.PositiveInfinity;
            var status = share >= _rules.AboveBandReopenShare ? ReviewStatus.Reopen : _rules.AboveBandStatus;
            reasons.Add(new ReviewReason(ReviewReasonKind.CostAboveBand, status,
                $"Cumulative spend has been above the expected band since {above}: {Money(at.Cumulative)} by {at.Month}, " +
                $"{Money(over)} ({Percent(share)}) above the p90 of {Money(at.Band.P90)} simulated when the decision was made.",
                above, Amount: over));
        }
        else if (belowSince is { } below)
        {
            var under = at.Band.P10 - at.Cumulative;
            reasons.Add(new ReviewReason(ReviewReasonKind.CostBelowBand, _rules.BelowBandStatus,
                $"Cumulative spend has been below the expected band since {below}: {Money(at.Cumulative)} by {at.Month}, " +
                $"{Money(under)} under the p10 of {Money(at.Band.P10)}. Spending less than planned often means the work " +
                "has slowed down (seats unfilled, a team waiting for direction).",
                below, Amount: under));
        }
    }

    private void ChangeRequests(DecisionUnderReview decision, List<MonthActual> sorted, List<ReviewReason> reasons)
    {
        if (decision.ExpectedChangeRequestsPerMonth is not { } rate)
        {
            return;
        }

        var counted = 0;
        var actual = 0L;
        YearMonth? latest = null;
        foreach (var month in sorted)
        {
            if (month.ChangeRequests is { } count)
            {
                counted++;
                actual += count;
                latest = month.Month;
            }
        }

        var expected = rate * counted;
        if (counted == 0 || actual < expected * _rules.ChangeRequestRatio || actual - expected < _rules.ChangeRequestMinimumExcess)
        {
            return;
        }

        reasons.Add(new ReviewReason(ReviewReasonKind.ChangeRequestsAboveExpected, _rules.ChangeRequestStatus,
            $"{actual} change requests in {counted} {(counted == 1 ? "month" : "months")} against about {Count(expected)} expected " +
            $"({Count(rate)} a month): the requirements are moving more than the scenario assumed, and each change is re-priced.",
            latest, Amount: actual - expected));
    }

    private void SlaBreaches(List<MonthActual> sorted, List<ReviewReason> reasons)
    {
        var known = sorted.Where(m => m.SlaBreaches is not null).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var latestMonth = known[^1].Month;
        var inWindow = known.Where(m => latestMonth.MonthsSince(m.Month) < _rules.SlaWindowMonths).Sum(m => (long)m.SlaBreaches!.Value);
        var monthsWithBreaches = known.Count(m => latestMonth.MonthsSince(m.Month) < _rules.SlaReopenWindowMonths && m.SlaBreaches > 0);
        if (inWindow < _rules.SlaBreachesInWindow && monthsWithBreaches < _rules.SlaReopenMonthsWithBreaches)
        {
            return;
        }

        var lastBreach = known.Last(m => m.SlaBreaches > 0).Month;
        var reopen = monthsWithBreaches >= _rules.SlaReopenMonthsWithBreaches;
        reasons.Add(new ReviewReason(ReviewReasonKind.SlaBreaches, reopen ? ReviewStatus.Reopen : _rules.SlaStatus,
            reopen
                ? $"The SLA was breached in {monthsWithBreaches} of the last {_rules.SlaReopenWindowMonths} months (last in {lastBreach}): " +
                  "the service is not being run to the level it was bought for."
                : $"{inWindow} SLA {(inWindow == 1 ? "breach" : "breaches")} in the last {_rules.SlaWindowMonths} months (last in {lastBreach}).",
            lastBreach, Amount: inWindow));
    }

    private void Attrition(DecisionUnderReview decision, List<MonthActual> sorted, List<ReviewReason> reasons)
    {
        var rate = decision.AssumedAttritionPerHeadPerYear ?? _rules.DefaultAttritionPerHeadPerYear;
        var expected = 0.0;
        var actual = 0L;
        var counted = 0;
        YearMonth? latest = null;
        foreach (var month in sorted)
        {
            if (month.Attrition is not { } left || (month.Headcount ?? decision.PlannedHeadcount) is not { } heads)
            {
                continue;
            }

            counted++;
            actual += left;
            expected += heads * rate / 12.0;
            latest = month.Month;
        }

        if (counted == 0 || actual < expected * _rules.AttritionRatio || actual - expected < _rules.AttritionMinimumExcess)
        {
            return;
        }

        reasons.Add(new ReviewReason(ReviewReasonKind.AttritionAboveExpected, _rules.AttritionStatus,
            $"{actual} {(actual == 1 ? "engineer" : "engineers")} left in {counted} {(counted == 1 ? "month" : "months")} against about " +
            $"{Count(expected)} expected at {Percent(rate)} a year: every departure costs a ramp-up and what the team knew.",
            latest, Amount: actual - expected));
    }

    private void Recommendation(DecisionUnderReview decision, List<ReviewReason> reasons)
    {
        if (decision.Reassessment is not { Changed: true } reassessment)
        {
            return;
        }

        var now = reassessment.CurrentRecommendation == "close-call"
            ? "the assessment now calls it a close call"
            : $"the assessment now recommends {reassessment.CurrentRecommendation}";
        var fired = reassessment.Fired;
        var what = fired is null
            ? "With the current answers"
            : $"{fired.Factor} is now {Value(fired.To)} (was {Value(fired.From)}):";
        reasons.Add(new ReviewReason(ReviewReasonKind.RecommendationChanged, _rules.RecommendationChangedStatus,
            $"{what} {now}; the decision was made when it recommended {reassessment.OriginalRecommendation}" +
            $" and chose {decision.ChosenModel.ToId()}.",
            Factor: fired?.Factor, From: fired?.From, To: fired?.To));
    }

    private static string Value(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Money(double amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(double count) => count.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(double share) =>
        double.IsInfinity(share) ? "∞%" : share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
