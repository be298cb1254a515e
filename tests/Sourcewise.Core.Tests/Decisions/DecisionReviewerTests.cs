using Sourcewise.Decisions;
using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Decisions;

public sealed class DecisionReviewerTests
{
    private static readonly YearMonth Start = new(2026, 1);
    private static readonly DateOnly Today = new(2026, 7, 15);

    internal static DecisionUnderReview Decision(int months = 24, double monthly = 10_000, double? crRate = null) => new()
    {
        Id = "d1",
        ChosenModel = EngagementModel.StaffAugmentation,
        Start = Start,
        ReviewBy = new DateOnly(2027, 1, 1),
        Band = [.. Enumerable.Range(1, months).Select(m => new CostBand(m * monthly * 0.9, m * monthly, m * monthly * 1.1))],
        ExpectedChangeRequestsPerMonth = crRate,
        PlannedHeadcount = 4,
        AssumedAttritionPerHeadPerYear = 0.15,
    };

    private static MonthActual[] Spend(params double[] spend) =>
        [.. spend.Select((s, i) => new MonthActual(Start.AddMonths(i), s))];

    private static DecisionReview Review(DecisionUnderReview decision, IReadOnlyList<MonthActual> actuals) =>
        DecisionReviewer.Default.Review(decision, actuals, Today);

    [Fact]
    public void Spend_inside_the_band_is_on_track_with_no_reasons()
    {
        var review = Review(Decision(), Spend(10_000, 10_500, 9_800));

        review.Status.ShouldBe(ReviewStatus.OnTrack);
        review.Reasons.ShouldBeEmpty();
        review.Months.Select(m => m.Cumulative).ShouldBe([10_000, 20_500, 30_300]);
        review.Months[2].Band.ShouldBe(new CostBand(27_000, 30_000, 33_000));
    }

    [Fact]
    public void Spend_above_p90_drifts_naming_the_month_it_left_the_band_and_by_how_much()
    {
        // cumulative 10k, 22k (p90 22k: inside), 34k (p90 33k: above by 1k)
        var review = Review(Decision(), Spend(10_000, 12_000, 12_000));

        review.Status.ShouldBe(ReviewStatus.Drifting);
        var reason = review.Reasons.ShouldHaveSingleItem();
        reason.Kind.ShouldBe(ReviewReasonKind.CostAboveBand);
        reason.Month.ShouldBe(new YearMonth(2026, 3));
        reason.Amount!.Value.ShouldBe(1_000, 0.001);
        reason.Message.ShouldBe("Cumulative spend has been above the expected band since 2026-03: 34,000 by 2026-03, 1,000 (3%) " +
                                "above the p90 of 33,000 simulated when the decision was made.");
    }

    [Fact]
    public void Spend_far_above_p90_reopens()
    {
        var review = Review(Decision(), Spend(20_000, 20_000));

        review.Status.ShouldBe(ReviewStatus.Reopen);
        review.Reasons.Single().Month.ShouldBe(new YearMonth(2026, 1));
    }

    [Fact]
    public void Spend_that_came_back_into_the_band_is_on_track_again()
    {
        var review = Review(Decision(), Spend(11_500, 8_000, 10_000));

        review.Status.ShouldBe(ReviewStatus.OnTrack);
    }

    [Fact]
    public void Spend_below_p10_drifts_and_says_what_it_often_means()
    {
        var review = Review(Decision(), Spend(5_000, 5_000));

        var reason = review.Reasons.ShouldHaveSingleItem();
        reason.Kind.ShouldBe(ReviewReasonKind.CostBelowBand);
        reason.Month.ShouldBe(Start);
        reason.Message.ShouldContain("slowed down");
    }

    [Fact]
    public void A_gap_in_the_months_stops_the_band_comparison_instead_of_reading_it_as_low_spend()
    {
        MonthActual[] actuals = [new(Start, 10_000), new(Start.AddMonths(3), 10_000)];

        var review = Review(Decision(), actuals);

        review.Status.ShouldBe(ReviewStatus.OnTrack);
        review.Months.Count.ShouldBe(2);
    }

    [Fact]
    public void Months_past_the_horizon_have_no_band_and_months_before_the_start_are_left_out()
    {
        var actuals = Spend(10_000, 10_000, 10_000).Prepend(new MonthActual(Start.AddMonths(-1), 99_999)).ToArray();

        var review = Review(Decision(months: 2), actuals);

        review.Months.Count.ShouldBe(3);
        review.Months[2].Band.ShouldBeNull();
        review.Months[0].Cumulative.ShouldBe(10_000);
    }

    [Fact]
    public void A_month_given_twice_counts_once_the_later_entry()
    {
        MonthActual[] actuals = [new(Start, 50_000), new(Start, 10_000)];

        var review = Review(Decision(), actuals);

        review.Months.ShouldHaveSingleItem().Actual.Spend.ShouldBe(10_000);
    }

    [Fact]
    public void Change_requests_well_above_the_expected_rate_drift()
    {
        MonthActual[] actuals = [.. Enumerable.Range(0, 4).Select(i => new MonthActual(Start.AddMonths(i), 10_000, ChangeRequests: 3))];

        var review = Review(Decision(crRate: 1), actuals);

        var reason = review.Reasons.ShouldHaveSingleItem();
        reason.Kind.ShouldBe(ReviewReasonKind.ChangeRequestsAboveExpected);
        reason.Message.ShouldStartWith("12 change requests in 4 months against about 4 expected (1 a month)");
        reason.Month.ShouldBe(new YearMonth(2026, 4));
    }

    [Fact]
    public void Change_requests_near_the_expected_rate_are_fine()
    {
        MonthActual[] actuals = [.. Enumerable.Range(0, 4).Select(i => new MonthActual(Start.AddMonths(i), 10_000, ChangeRequests: 1))];

        Review(Decision(crRate: 1), actuals).Status.ShouldBe(ReviewStatus.OnTrack);
    }

    [Fact]
    public void One_sla_breach_drifts_and_breaches_in_three_of_six_months_reopen()
    {
        MonthActual[] one = [new(Start, 10_000, SlaBreaches: 0), new(Start.AddMonths(1), 10_000, SlaBreaches: 1)];
        Review(Decision(), one).Reasons.Single().Status.ShouldBe(ReviewStatus.Drifting);

        MonthActual[] many = [.. Enumerable.Range(0, 6).Select(i => new MonthActual(Start.AddMonths(i), 10_000, SlaBreaches: i % 2))];
        var reason = Review(Decision(), many).Reasons.Single();
        reason.Kind.ShouldBe(ReviewReasonKind.SlaBreaches);
        reason.Status.ShouldBe(ReviewStatus.Reopen);
        reason.Month.ShouldBe(new YearMonth(2026, 6));
    }

    [Fact]
    public void Attrition_above_the_assumed_rate_drifts()
    {
        // 4 heads at 15% a year: 0.05 a month expected; three leave in three months
        MonthActual[] actuals = [.. Enumerable.Range(0, 3).Select(i => new MonthActual(Start.AddMonths(i), 10_000, Headcount: 4, Attrition: 1))];

        var reason = Review(Decision(), actuals).Reasons.ShouldHaveSingleItem();

        reason.Kind.ShouldBe(ReviewReasonKind.AttritionAboveExpected);
        reason.Message.ShouldStartWith("3 engineers left in 3 months against about 0.2 expected at 15% a year");
    }

    [Fact]
    public void A_changed_recommendation_reopens_naming_the_answer_and_what_it_now_recommends()
    {
        var decision = Decision() with
        {
            Reassessment = new Reassessment("staff-augmentation", "project-outsourcing",
                [new AnswerChange("leadershipBandwidth", "high", "none")], new AnswerChange("leadershipBandwidth", "high", "none")),
        };

        var review = Review(decision, Spend(10_000));

        review.Status.ShouldBe(ReviewStatus.Reopen);
        var reason = review.Reasons.ShouldHaveSingleItem();
        reason.Kind.ShouldBe(ReviewReasonKind.RecommendationChanged);
        reason.Factor.ShouldBe("leadershipBandwidth");
        reason.From.ShouldBe("high");
        reason.To.ShouldBe("none");
        reason.Message.ShouldBe("leadershipBandwidth is now none (was high): the assessment now recommends project-outsourcing; " +
                                "the decision was made when it recommended staff-augmentation and chose staff-augmentation.");
    }

    [Fact]
    public void A_passed_review_date_is_review_due_and_loses_to_drifting()
    {
        var overdue = Decision() with { ReviewBy = new DateOnly(2026, 7, 1) };

        var due = Review(overdue, Spend(10_000));
        due.Status.ShouldBe(ReviewStatus.ReviewDue);
        due.Reasons.Single().Message.ShouldBe("The review date 2026-07-01 has passed (14 days ago): look at the decision again.");

        var drifting = Review(overdue, Spend(5_000));
        drifting.Status.ShouldBe(ReviewStatus.Drifting);
        drifting.Reasons.Select(r => r.Kind).ShouldBe([ReviewReasonKind.CostBelowBand, ReviewReasonKind.ReviewDatePassed]);
    }

    [Fact]
    public void The_built_in_rules_read_and_a_bad_rules_file_names_the_field()
    {
        ReviewRules.Default.AboveBandReopenShare.ShouldBe(0.25);

        var bad = ReviewRules.Parse("""{ "cost": { "aboveBandStatus": "panic" } }""", "rules.json");

        bad.Success.ShouldBeFalse();
        bad.Diagnostics.ShouldContain(d => d.Location!.Field == "changeRequests");
        var badStatus = ReviewRules.Parse(System.Text.Json.JsonSerializer.Serialize(new
        {
            cost = new { aboveBandStatus = "panic", aboveBandReopenShare = 0.2, belowBandStatus = "drifting" },
            changeRequests = new { status = "drifting", ratioOverExpected = 1.5, minimumExcess = 2 },
            slaBreaches = new { status = "drifting", windowMonths = 3, breachesInWindow = 1, reopenMonthsWithBreaches = 3, reopenWindowMonths = 6 },
            attrition = new { status = "drifting", defaultPerHeadPerYear = 0.1, ratioOverExpected = 1.5, minimumExcess = 1 },
            recommendationChanged = new { status = "reopen" },
            reviewDatePassed = new { status = "review-due" },
        }), "rules.json");
        badStatus.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("cost.aboveBandStatus");
    }

    [Fact]
    public void Year_months_parse_only_yyyy_mm()
    {
        YearMonth.TryParse("2026-03", out var march).ShouldBeTrue();
        march.ShouldBe(new YearMonth(2026, 3));
        march.ToString().ShouldBe("2026-03");
        foreach (var bad in new[] { "2026-13", "2026-3", "26-03", "2026/03", "2026-00", "0000-01", "", "2026-03-01" })
        {
            YearMonth.TryParse(bad, out _).ShouldBeFalse(bad);
        }
    }

    [Fact]
    public void Reassessment_names_the_answer_that_flips_the_recommendation()
    {
        var engine = Sourcewise.Assessments.AssessmentEngine.Default;
        // The first of a few plain profiles that has a tipping point
        var original = new[] { 0, 1, 2 }.SelectMany(work => new[] { 0, 1, 2, 3 }.Select(lead => WorkProfile.Empty("Payments")
                .With(ProfileFields.WorkType, work).With(ProfileFields.LeadershipBandwidth, lead)
                .With(ProfileFields.RequirementVolatility, 1).With(ProfileFields.ScopeClarity, 1)))
            .First(p => engine.Assess(p).TippingPoints.Length > 0);
        var assessment = engine.Assess(original);
        var tip = assessment.TippingPoints.First();
        var field = ProfileFields.Answerable.First(f => f.Key == tip.Factor);
        var code = field.Values.IndexOf(tip.To is bool b ? (b ? "true" : "false") : tip.To.ToString()!);
        var current = original.With(field, field.Kind == ProfileFieldKind.Integer ? (int)tip.To : code);

        var reassessment = Reassessments.Reassess(engine, original, assessment.Recommendation, current);

        reassessment.Changed.ShouldBeTrue();
        reassessment.CurrentRecommendation.ShouldBe(tip.NewRecommendation);
        reassessment.Fired!.Factor.ShouldBe(tip.Factor);
        Reassessments.Reassess(engine, original, assessment.Recommendation, original).Changed.ShouldBeFalse();
    }
}
