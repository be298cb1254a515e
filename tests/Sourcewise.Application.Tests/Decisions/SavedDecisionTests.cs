using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Decisions;
using Sourcewise.Documents.Profiles;
using Sourcewise.Reports.Documents;

namespace Sourcewise.Application.Tests.Decisions;

/// <summary>Saving, listing, reading and rendering decisions, on a fake clock.</summary>
public sealed class SavedDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly InMemoryDecisionStore _store = new();

    private SaveDecision Save => new(_store, AssessWorkstream.Default, _clock);

    private DecisionQueries Queries => new(_store, _clock);

    private static NewDecision Decision(string title = "Marketplace core", DateOnly? reviewBy = null, string? costScenarioJson = null)
    {
        var profile = WorkProfileReader.ReadFileAsync(TestFiles.Example("seed-marketplace.yaml")).GetAwaiter().GetResult().Value!;
        return new NewDecision(title, profile, costScenarioJson, reviewBy, DecisionStatuses.Proposed);
    }

    [Fact]
    public async Task A_saved_decision_takes_its_id_time_and_default_review_date_from_the_clock()
    {
        var saved = await Save.SaveAsync(Decision(), CancellationToken.None);

        saved.Status.ShouldBe(OutcomeStatus.Ok);
        var decision = saved.Value!;
        decision.CreatedAt.ShouldBe(Now);
        decision.ReviewBy.ShouldBe(new DateOnly(2027, 5, 29));
        Guid.Parse(decision.Id).Version.ShouldBe(7);
        (await Queries.GetAsync(decision.Id, CancellationToken.None)).Value.ShouldBe(decision);
    }

    [Fact]
    public async Task The_stored_assessment_is_the_assess_json_of_the_profile()
    {
        var decision = Decision();

        var saved = (await Save.SaveAsync(decision, CancellationToken.None)).Value!;

        var assessment = AssessWorkstream.Default.Assess(decision.Profile, CancellationToken.None);
        saved.AssessmentJson.ShouldBe(Reports.Json.AssessmentJson.ToJson(assessment, indented: false));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("0193d4a0-0000-7000-8000-000000000000")]
    public async Task An_unknown_or_malformed_id_is_not_found_naming_the_id(string id)
    {
        var found = await Queries.GetAsync(id, CancellationToken.None);

        found.Status.ShouldBe(OutcomeStatus.NotFound);
        found.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("id");
    }

    [Fact]
    public async Task The_list_puts_the_soonest_review_first_and_overdue_follows_the_clock()
    {
        var later = (await Save.SaveAsync(Decision("Later", new DateOnly(2027, 6, 1)), CancellationToken.None)).Value!;
        var sooner = (await Save.SaveAsync(Decision("Sooner", new DateOnly(2026, 12, 15)), CancellationToken.None)).Value!;

        (await Queries.ListAsync(CancellationToken.None)).Select(d => d.Title).ShouldBe(["Sooner", "Later"]);
        Queries.IsOverdue(sooner).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromDays(20));
        Queries.IsOverdue(sooner).ShouldBeTrue();
        Queries.IsOverdue(later).ShouldBeFalse();
        using var json = JsonDocument.Parse(SavedDecisionJson.WriteList(await Queries.ListAsync(CancellationToken.None), Queries.Today));
        json.RootElement[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        json.RootElement[0].GetProperty("createdAt").GetString().ShouldBe("2026-11-29T10:30:00Z");
    }

    [Fact]
    public async Task A_saved_decisions_document_is_the_record_the_report_command_builds_from_the_same_inputs()
    {
        var decision = Decision("Sourcing decision: marketplace core", new DateOnly(2027, 3, 1));
        var saved = (await Save.SaveAsync(decision, CancellationToken.None)).Value!;

        var fromSaved = await new RenderSavedDecision(Queries).RenderAsync(saved.Id, ReportFormat.Markdown, CancellationToken.None);
        var fromReport = await BuildDecisionRecord.Default.BuildAsync(new DecisionRecordInput
        {
            Profile = decision.Profile,
            Date = DateOnly.FromDateTime(Now.UtcDateTime),
            ReviewBy = decision.ReviewBy,
            Title = decision.Title,
        }, CancellationToken.None);

        fromSaved.Status.ShouldBe(OutcomeStatus.Ok, string.Join("; ", fromSaved.Diagnostics));
        var markdown = Encoding.UTF8.GetString(fromSaved.Value!.Content);
        markdown.ShouldBe(Encoding.UTF8.GetString(DecisionRecords.Render(fromReport.Value!, ReportFormat.Markdown).Value!.Content));
        markdown.ShouldContain("Confidence: **high (0.");
        RenderSavedDecision.FileName(saved, ReportFormat.Pdf).ShouldBe($"decision-{saved.Id[..8]}.pdf");
    }

    [Fact]
    public async Task A_saved_cost_scenario_adds_the_cost_section_with_the_shared_defaults()
    {
        const string scenario = """{ "horizonMonths": 12, "options": { "staffAugmentation": { "heads": 2, "monthlyRatePerHead": 10000 } } }""";
        var saved = (await Save.SaveAsync(Decision(costScenarioJson: scenario), CancellationToken.None)).Value!;

        var document = RenderSavedDecision.Build(saved, CancellationToken.None);

        var markdown = Encoding.UTF8.GetString(DecisionRecords.Render(document.Value!, ReportFormat.Markdown).Value!.Content);
        markdown.ShouldContain("from 100,000 simulated futures (seed 1)");
    }
}
