using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Decisions;
using Sourcewise.Decisions;
using Sourcewise.Documents.Profiles;

namespace Sourcewise.Application.Tests.Decisions;

/// <summary>Living decisions over the in-memory store, on a fake clock: save with a frozen band, record actuals, change
/// answers, review.</summary>
public sealed class DecisionReviewsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly InMemoryDecisionStore _store = new();

    private SaveDecision Save => new(_store, AssessWorkstream.Default, _clock);

    private DecisionReviews Reviews => new(_store, AssessWorkstream.Default, _clock);

    // examples/scenario.yaml as JSON (a decision keeps its scenario as sent, and the API takes JSON)
    private const string Scenario = """
        { "horizonMonths": 24, "volatility": "medium", "options": {
          "staffAugmentation": { "heads": 4, "monthlyRatePerHead": 14000, "rampUpMonths": 1, "managementHoursPerHeadPerMonth": 12, "managerHourlyCost": 120, "attritionPerHeadPerYear": 0.15, "replacementWeeks": 2 },
          "projectOutsourcing": { "fixedBid": 480000, "changeRequestsPerMonth": 1.5, "changeRequestCost": 18000, "changeRequestPremium": 0.25, "knowledgeTransferCost": 40000 },
          "managedServices": { "setupFee": 20000, "unitPricePerMonth": 45, "units": 300, "unitGrowthPerMonth": 0.04, "tiers": [ { "fromUnits": 500, "unitPricePerMonth": 38 } ] },
          "inHouse": { "heads": 4, "annualSalary": 160000, "loadedCostMultiplier": 1.3, "recruitingCostPerHire": 25000, "timeToHireMonths": 3, "rampUpMonths": 3, "delayCostPerMonth": 30000 } } }
        """;

    private async Task<SavedDecision> SavedAsync(EngagementModel? chosen = null, string? scenario = null, DateOnly? reviewBy = null,
        string example = "seed-marketplace.yaml")
    {
        var profile = (await WorkProfileReader.ReadFileAsync(TestFiles.Example(example))).Value!;
        var saved = await Save.SaveAsync(new NewDecision("Marketplace core", profile, scenario ?? Scenario, reviewBy ?? new DateOnly(2027, 6, 1),
            DecisionStatuses.Proposed, chosen, new YearMonth(2026, 6)), CancellationToken.None);
        return saved.Value!;
    }

    [Fact]
    public async Task A_saved_decision_freezes_the_band_of_every_option_with_its_seed_and_says_when_the_choice_differs()
    {
        var saved = await SavedAsync(EngagementModel.ManagedServices);

        var frozen = FrozenAssumptions.Read(saved.FrozenJson!)!;
        frozen.Chosen.ShouldBe(EngagementModel.ManagedServices);
        frozen.Start.ShouldBe(new YearMonth(2026, 6));
        frozen.ChosenAgainstRecommendation.ShouldBeTrue();
        frozen.Cost!.Seed.ShouldBe(1);
        frozen.Cost.Bands.Keys.Order().ShouldBe(["inHouse", "managedServices", "projectOutsourcing", "staffAugmentation"]);
        frozen.Cost.Bands["staffAugmentation"].Length.ShouldBe(24);
        frozen.Cost.AttritionPerHeadPerYear.ShouldBe(0.15);
        frozen.Cost.ExpectedChangeRequestsPerMonth.ShouldBe(1.5);

        var json = JsonDocument.Parse(SavedDecisionJson.Write(saved, new DateOnly(2026, 11, 29))).RootElement;
        json.GetProperty("chosenModel").GetString().ShouldBe("managed-services");
        json.GetProperty("chosenAgainstRecommendation").GetBoolean().ShouldBeTrue();
        json.GetProperty("frozenCost").GetProperty("seed").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_seed_freezes_the_same_band()
    {
        var a = FrozenAssumptions.Read((await SavedAsync()).FrozenJson!)!;
        var b = FrozenAssumptions.Read((await SavedAsync()).FrozenJson!)!;

        a.Cost!.Bands["projectOutsourcing"].ShouldBe(b.Cost!.Bands["projectOutsourcing"]);
    }

    [Fact]
    public async Task Actuals_above_the_frozen_band_drift_and_a_month_sent_again_replaces_it()
    {
        var saved = await SavedAsync(EngagementModel.StaffAugmentation);
        var band = FrozenAssumptions.Read(saved.FrozenJson!)!.Cost!.Bands["staffAugmentation"];

        var high = await Reviews.RecordActualsAsync(saved.Id,
            $"month,spend\n2026-06,{band[0].P90 * 1.1:0}\n2026-07,{band[1].P50 - band[0].P50:0}\n", ActualsFormat.Csv, "june.csv", CancellationToken.None);

        high.Status.ShouldBe(OutcomeStatus.Ok);
        var reason = high.Value!.Review.Reasons.ShouldHaveSingleItem();
        reason.Kind.ShouldBe(ReviewReasonKind.CostAboveBand);
        reason.Month.ShouldBe(new YearMonth(2026, 6));

        var corrected = await Reviews.RecordActualsAsync(saved.Id,
            $$"""{ "months": [ { "month": "2026-06", "spend": {{band[0].P50:0}} } ] }""", ActualsFormat.Json, "body", CancellationToken.None);

        corrected.Value!.Review.Status.ShouldBe(ReviewStatus.OnTrack);
        corrected.Value.Review.Months.Count.ShouldBe(2);
        corrected.Value.Review.Months[0].Actual.Spend.ShouldBe(Math.Round(band[0].P50));
    }

    [Fact]
    public async Task Months_before_the_start_or_in_the_future_are_refused_and_nothing_is_stored()
    {
        var saved = await SavedAsync();

        var early = await Reviews.RecordActualsAsync(saved.Id, "month,spend\n2026-06,1000\n2026-05,1000\n", ActualsFormat.Csv, "a.csv", CancellationToken.None);
        var future = await Reviews.RecordActualsAsync(saved.Id, """{"months":[{"month":"2027-01","spend":1}]}""", ActualsFormat.Json, "body", CancellationToken.None);

        early.Status.ShouldBe(OutcomeStatus.Invalid);
        early.Diagnostics.Single().Message.ShouldBe("data row 2: 2026-05 is before the engagement's start 2026-06");
        future.Status.ShouldBe(OutcomeStatus.Invalid);
        future.Diagnostics.Single().Location!.Field.ShouldBe("months[0].month");
        (await Reviews.ReviewAsync(saved.Id, CancellationToken.None)).Value!.Review.Months.ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_an_answer_adds_a_revision_and_reopens_when_the_recommendation_changes()
    {
        // The first example whose assessment has a tipping point
        SavedDecision saved = null!;
        foreach (var example in new[] { "payroll-integration.yaml", "search-relevance.yaml", "database-operations.yaml", "seed-marketplace.yaml" })
        {
            saved = await SavedAsync(example: example);
            if (JsonDocument.Parse(saved.AssessmentJson).RootElement.GetProperty("tippingPoints").GetArrayLength() > 0)
            {
                break;
            }
        }

        var original = JsonDocument.Parse(saved.AssessmentJson).RootElement;
        var tip = original.GetProperty("tippingPoints")[0];
        var factor = tip.GetProperty("factor").GetString()!;
        var change = $$"""{ "{{factor}}": {{tip.GetProperty("to").GetRawText()}} }""";

        var changed = await Reviews.ChangeProfileAsync(saved.Id, change, CancellationToken.None);

        changed.Status.ShouldBe(OutcomeStatus.Ok);
        var review = changed.Value!.Review;
        review.Status.ShouldBe(ReviewStatus.Reopen);
        var reason = review.Reasons.First();
        reason.Kind.ShouldBe(ReviewReasonKind.RecommendationChanged);
        reason.Factor.ShouldBe(factor);
        var now = tip.GetProperty("newRecommendation").GetString()!;
        reason.Message.ShouldContain(now == "close-call" ? "now calls it a close call" : $"now recommends {now}");
        review.History.Count.ShouldBe(2);
        review.History[1].Change.ShouldStartWith($"{factor}: ");
        review.History[1].Recommendation.ShouldBe(tip.GetProperty("newRecommendation").GetString());
        review.History[0].Change.ShouldStartWith("Decided: ");
    }

    [Fact]
    public async Task An_answer_set_to_what_it_was_adds_no_revision_and_a_bad_answer_is_refused_naming_it()
    {
        var saved = await SavedAsync();

        var same = await Reviews.ChangeProfileAsync(saved.Id, """{ "stage": "seed" }""", CancellationToken.None);
        var bad = await Reviews.ChangeProfileAsync(saved.Id, """{ "leadershipBandwidth": "lots" }""", CancellationToken.None);

        same.Value!.Review.History.Count.ShouldBe(1);
        bad.Status.ShouldBe(OutcomeStatus.Invalid);
        bad.Diagnostics.ShouldContain(d => d.Location!.Field == "leadershipBandwidth");
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var review = await Reviews.ReviewAsync(Guid.CreateVersion7().ToString(), CancellationToken.None);
        var actuals = await Reviews.RecordActualsAsync("nope", "month,spend\n", ActualsFormat.Csv, "a.csv", CancellationToken.None);

        review.Status.ShouldBe(OutcomeStatus.NotFound);
        actuals.Status.ShouldBe(OutcomeStatus.NotFound);
    }

    [Fact]
    public async Task The_list_puts_the_most_urgent_first_and_filters_by_status()
    {
        var onTrack = await SavedAsync();
        var overdue = await SavedAsync(reviewBy: new DateOnly(2026, 1, 1));
        var drifting = await SavedAsync(EngagementModel.StaffAugmentation);
        await Reviews.RecordActualsAsync(drifting.Id, "month,spend\n2026-06,1\n", ActualsFormat.Csv, "a.csv", CancellationToken.None);

        var all = await Reviews.ListAsync(null, 100, CancellationToken.None);
        var due = await Reviews.ListAsync(ReviewStatus.ReviewDue, 100, CancellationToken.None);

        all.Select(r => r.Decision.Id).ShouldBe([drifting.Id, overdue.Id, onTrack.Id]);
        due.ShouldHaveSingleItem().Decision.Id.ShouldBe(overdue.Id);
    }

    [Fact]
    public async Task The_review_json_has_the_keys_of_the_interface()
    {
        var saved = await SavedAsync(EngagementModel.StaffAugmentation);
        var reviewed = (await Reviews.RecordActualsAsync(saved.Id, "month,spend,headcount\n2026-06,1,4\n", ActualsFormat.Csv, "a.csv", CancellationToken.None)).Value!;

        var json = JsonDocument.Parse(DecisionReviewJson.Write(reviewed)).RootElement;

        json.GetProperty("id").GetString().ShouldBe(saved.Id);
        json.GetProperty("status").GetString().ShouldBe("drifting");
        json.GetProperty("chosenModel").GetString().ShouldBe("staff-augmentation");
        var reason = json.GetProperty("reasons")[0];
        reason.GetProperty("kind").GetString().ShouldBe("cost-below-band");
        reason.GetProperty("month").GetString().ShouldBe("2026-06");
        reason.GetProperty("message").GetString()!.ShouldNotBeEmpty();
        var month = json.GetProperty("months")[0];
        month.GetProperty("month").GetString().ShouldBe("2026-06");
        month.GetProperty("spend").GetDouble().ShouldBe(1);
        month.GetProperty("cumulative").GetDouble().ShouldBe(1);
        month.GetProperty("band").GetProperty("p90").GetDouble().ShouldBeGreaterThan(0);
        json.GetProperty("history")[0].GetProperty("recommendation").GetString().ShouldNotBeNull();
        Encoding.UTF8.GetString(DecisionReviewJson.Write(reviewed)).ShouldContain("\"at\":\"2026-11-29T10:30:00Z\"");
    }

    [Fact]
    public async Task A_decision_saved_before_choices_were_kept_is_reviewed_with_its_recommendation_and_creation_month()
    {
        var legacy = new SavedDecision(Guid.CreateVersion7(Now).ToString(), "Old", "proposed", Now.AddMonths(-3), new DateOnly(2027, 1, 1),
            """{"name":"x"}""", null, """{"recommendation":"close-call","bestFit":"project-outsourcing"}""");
        await _store.AddAsync(legacy, CancellationToken.None);

        var review = (await Reviews.ReviewAsync(legacy.Id, CancellationToken.None)).Value!.Review;

        review.Status.ShouldBe(ReviewStatus.OnTrack);
        review.ChosenModel.ShouldBe(EngagementModel.ProjectOutsourcing);
        DecisionReviews.Assumptions(legacy).Start.ShouldBe(new YearMonth(2026, 8));
    }
}
