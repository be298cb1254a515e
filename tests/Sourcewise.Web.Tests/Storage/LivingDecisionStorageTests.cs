using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sourcewise.Web.Storage;
using Sourcewise.Web.Tests.Api;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>Living decisions (actuals, answers that change, reviews) against a real database; one subclass per provider.</summary>
public abstract class LivingDecisionStorageTests
{
    protected abstract SourcewiseFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    internal static string Decision(string title, string chosen = "staff-augmentation", string start = "2026-01", string? reviewBy = "2099-01-01") =>
        $$"""{ "title": "{{title}}", "profile": {{Samples.Profile}}, "costScenario": {{Samples.Scenario}}, "chosen": "{{chosen}}", "start": "{{start}}", "reviewBy": "{{reviewBy}}" }""";

    internal static StringContent Csv(string csv) => new(csv, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));

    private async Task<JsonElement> SavedAsync(HttpClient client, string title, string chosen = "staff-augmentation")
    {
        var response = await client.PostAsync("/api/decisions", Json(Decision(title, chosen)), TestContext.CancellationToken);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task A_decision_keeps_its_choice_start_and_frozen_band_and_says_when_the_choice_is_not_the_recommendation()
    {
        var client = Client;
        var saved = await SavedAsync(client, "Chosen against advice", "managed-services");

        saved.GetProperty("chosenModel").GetString().ShouldBe("managed-services");
        saved.GetProperty("recommendation").GetString().ShouldBe("staff-augmentation");
        saved.GetProperty("chosenAgainstRecommendation").GetBoolean().ShouldBeTrue();
        saved.GetProperty("start").GetString().ShouldBe("2026-01");
        saved.GetProperty("frozenCost").GetProperty("seed").GetInt64().ShouldBe(1);
        var read = await (await client.GetAsync($"/api/decisions/{saved.GetProperty("id").GetString()}", TestContext.CancellationToken)).ShouldBeJsonAsync();
        read.GetRawText().ShouldBe(saved.GetRawText());
    }

    [SkippableFact]
    public async Task Actuals_as_csv_and_json_give_the_review_and_a_month_sent_again_replaces_it()
    {
        var client = Client;
        var id = (await SavedAsync(client, "Actuals")).GetProperty("id").GetString();

        // Far above the band in the first month: the decision should be reopened
        var high = await client.PostAsync($"/api/decisions/{id}/actuals", Csv("month,spend,headcount\n2026-01,500000,4\n"), TestContext.CancellationToken);
        var review = await high.ShouldBeJsonAsync();
        review.GetProperty("status").GetString().ShouldBe("reopen");
        var reason = review.GetProperty("reasons")[0];
        reason.GetProperty("kind").GetString().ShouldBe("cost-above-band");
        reason.GetProperty("month").GetString().ShouldBe("2026-01");
        var band = review.GetProperty("months")[0].GetProperty("band");

        // The same month again, now inside the band
        var p50 = band.GetProperty("p50").GetDouble();
        var fixedUp = await client.PostAsync($"/api/decisions/{id}/actuals",
            Json($$"""{ "months": [ { "month": "2026-01", "spend": {{Math.Round(p50)}} } ] }"""), TestContext.CancellationToken);
        var again = await fixedUp.ShouldBeJsonAsync();
        again.GetProperty("status").GetString().ShouldBe("on-track");
        again.GetProperty("months").GetArrayLength().ShouldBe(1);
        again.GetProperty("months")[0].GetProperty("cumulative").GetDouble().ShouldBe(Math.Round(p50));

        var get = await (await client.GetAsync($"/api/decisions/{id}/review", TestContext.CancellationToken)).ShouldBeJsonAsync();
        get.GetRawText().ShouldBe(again.GetRawText());
    }

    [SkippableTheory]
    [InlineData("month,spend\n2026-01,100\n2026-02,-5\n", "spend", "spend: row 3, column 2: must be 0 or more, got -5")]
    [InlineData("month,spned\n2026-01,100\n", "spned", "spned: row 1, column 2: unknown column 'spned' (did you mean 'spend'?)")]
    [InlineData("month,spend\n2026-01,100\n26-02,100\n", "month", "month: row 3, column 1: must be a month written YYYY-MM")]
    [InlineData("month,spend\n2025-12,100\n", "month", "month: data row 1: 2025-12 is before the engagement's start 2026-01")]
    public async Task A_bad_csv_answers_400_naming_row_and_column_and_stores_nothing(string csv, string field, string detail)
    {
        var client = Client;
        var id = (await SavedAsync(client, "Bad rows")).GetProperty("id").GetString();

        var response = await client.PostAsync($"/api/decisions/{id}/actuals", Csv(csv), TestContext.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        problem.GetProperty("detail").GetString()!.ShouldStartWith(detail);
        var review = await (await client.GetAsync($"/api/decisions/{id}/review", TestContext.CancellationToken)).ShouldBeJsonAsync();
        review.GetProperty("months").GetArrayLength().ShouldBe(0);
    }

    [SkippableFact]
    public async Task Unknown_ids_answer_404_and_bad_json_months_400()
    {
        var client = Client;
        var missing = Guid.CreateVersion7().ToString();
        await (await client.GetAsync($"/api/decisions/{missing}/review", TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/decisions/{missing}/actuals", Csv("month,spend\n2026-01,1\n"), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PatchAsync($"/api/decisions/{missing}/profile", Json("""{"stage":"seed"}"""), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var id = (await SavedAsync(client, "Bad JSON")).GetProperty("id").GetString();
        await (await client.PostAsync($"/api/decisions/{id}/actuals", Json("""{"months":[{"month":"2026-1","spend":1}]}"""), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "months[0].month");
        await (await client.PostAsync("/api/decisions", Json(Decision("x", chosen: "outsourcing")), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "chosen");
        await (await client.PostAsync("/api/decisions", Json(Decision("x", start: "January")), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "start");
    }

    [SkippableFact]
    public async Task Changing_an_answer_keeps_the_history_and_reopens_when_the_recommendation_flips()
    {
        var client = Client;
        var saved = await SavedAsync(client, "Answers change");
        var id = saved.GetProperty("id").GetString();

        // Leadership to spare was the reason for augmentation; without it the recommendation changes
        var response = await client.PatchAsync($"/api/decisions/{id}/profile", Json("""{ "leadershipBandwidth": "none" }"""), TestContext.CancellationToken);

        var review = await response.ShouldBeJsonAsync();
        var history = review.GetProperty("history");
        history.GetArrayLength().ShouldBe(2);
        history[1].GetProperty("change").GetString().ShouldBe("leadershipBandwidth: high → none");
        if (history[1].GetProperty("recommendation").GetString() != "staff-augmentation")
        {
            review.GetProperty("status").GetString().ShouldBe("reopen");
            var reason = review.GetProperty("reasons")[0];
            reason.GetProperty("kind").GetString().ShouldBe("recommendation-changed");
            reason.GetProperty("factor").GetString().ShouldBe("leadershipBandwidth");
            reason.GetProperty("from").GetString().ShouldBe("high");
            reason.GetProperty("to").GetString().ShouldBe("none");
        }

        await (await client.PatchAsync($"/api/decisions/{id}/profile", Json("""{ "leadershipBandwidth": "plenty" }"""), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "leadershipBandwidth");
        var read = await (await client.GetAsync($"/api/decisions/{id}", TestContext.CancellationToken)).ShouldBeJsonAsync();
        read.GetProperty("profile").GetProperty("leadershipBandwidth").GetString().ShouldBe("high");
    }

    [SkippableFact]
    public async Task The_status_filter_lists_only_that_status_most_urgent_first()
    {
        var client = Client;
        var drifting = (await SavedAsync(client, "Drifting one")).GetProperty("id").GetString();
        await client.PostAsync($"/api/decisions/{drifting}/actuals", Csv("month,spend\n2026-01,1\n"), TestContext.CancellationToken);

        var list = await (await client.GetAsync("/api/decisions?status=drifting&limit=1000", TestContext.CancellationToken)).ShouldBeJsonAsync();

        list.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldContain(drifting);
        list.EnumerateArray().ShouldAllBe(d => d.GetProperty("review").GetProperty("status").GetString() == "drifting");
        await (await client.GetAsync("/api/decisions?status=late", TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }
}

public sealed class SqliteLivingDecisionStorageTests : LivingDecisionStorageTests, IClassFixture<SourcewiseFactoryFixture>
{
    private readonly SourcewiseFactoryFixture _fixture;

    public SqliteLivingDecisionStorageTests(SourcewiseFactoryFixture fixture)
    {
        _fixture = fixture;
    }

    protected override SourcewiseFactory Factory => _fixture.Factory;

    [Fact]
    public async Task A_database_of_the_first_schema_migrates_and_keeps_its_decisions()
    {
        // Given a database at the first migration, with a decision saved then
        using var folder = new TempFolder();
        var database = folder.File("old.db");
        var id = Guid.CreateVersion7().ToString("D");
        await using (var old = new SqliteSourcewiseDbContext(new DbContextOptionsBuilder<SqliteSourcewiseDbContext>()
                         .UseSqlite($"Data Source={database};Pooling=false").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261129055139_InitialCreate", TestContext.CancellationToken);
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO decisions (id, title, profile_json, cost_scenario_json, assessment_json, created_at, review_by, status) " +
                "VALUES ({0}, 'Kept across the migration', {1}, NULL, {2}, " +
                "'2026-02-10 09:00:00', '2099-01-01', 'accepted')",
                [id, """{"name":"Old one"}""", """{"recommendation":"project-outsourcing","bestFit":"project-outsourcing"}"""], TestContext.CancellationToken);
        }

        // When the app starts on it (migrating it)
        using var factory = new SourcewiseFactory(database);
        var client = factory.CreateClient();

        // Then the decision is there, and it is reviewed as chosen = its recommendation, from the month it was saved
        var read = await (await client.GetAsync($"/api/decisions/{id}", TestContext.CancellationToken)).ShouldBeJsonAsync();
        read.GetProperty("title").GetString().ShouldBe("Kept across the migration");
        read.GetProperty("chosenModel").GetString().ShouldBe("project-outsourcing");
        read.GetProperty("start").GetString().ShouldBe("2026-02");
        var review = await (await client.PostAsync($"/api/decisions/{id}/actuals", Csv("month,spend\n2026-02,1000\n"), TestContext.CancellationToken))
            .ShouldBeJsonAsync();
        review.GetProperty("status").GetString().ShouldBe("on-track");
        review.GetProperty("months")[0].GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

public sealed class PostgresLivingDecisionStorageTests : LivingDecisionStorageTests, IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _fixture;

    public PostgresLivingDecisionStorageTests(PostgresFixture fixture)
    {
        _fixture = fixture;
        Requirements.SkipUnless(fixture.Cluster.Unavailable is null, fixture.Cluster.Unavailable ?? "");
    }

    protected override SourcewiseFactory Factory => _fixture.Factory;
}
