using System.Net;
using Sourcewise.Web.Tests.Api;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Storage;

public sealed class DurabilityTests
{
    [SkippableFact]
    public async Task Decisions_actuals_and_revisions_acknowledged_before_a_kill_9_are_there_after_a_restart()
    {
        Requirements.SkipUnless(File.Exists(ServeProcess.CliPath), $"the CLI is not built at {ServeProcess.CliPath}");
        using var folder = new TempFolder();
        var database = folder.File("decisions.db");
        var port = FreePort.Next();
        var saved = new List<string>();
        string acknowledgedReview;

        using (var first = await ServeProcess.StartAsync(database, port))
        {
            using var client = new HttpClient { BaseAddress = new Uri(first.BaseAddress) };
            for (var i = 0; i < 5; i++)
            {
                var response = await client.PostAsync("/api/decisions", Json(Samples.Decision($"Kept {i}")), TestContext.CancellationToken);
                saved.Add((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetRawText());
            }

            // Actuals and a changed answer, acknowledged before the kill
            var living = System.Text.Json.JsonDocument.Parse(saved[0]).RootElement.GetProperty("id").GetString();
            (await client.PostAsync($"/api/decisions/{living}/actuals",
                LivingDecisionStorageTests.Csv($"month,spend,headcount\n{DateTime.UtcNow:yyyy-MM},40000,4\n"), TestContext.CancellationToken))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
            var patched = await client.PatchAsync($"/api/decisions/{living}/profile", Json("""{ "leadershipBandwidth": "none" }"""), TestContext.CancellationToken);
            acknowledgedReview = (await patched.ShouldBeJsonAsync()).GetRawText();
            first.KillHard();
        }

        using var second = await ServeProcess.StartAsync(database, port);
        using var again = new HttpClient { BaseAddress = new Uri(second.BaseAddress) };
        foreach (var json in saved)
        {
            var id = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("id").GetString();
            var read = await (await again.GetAsync($"/api/decisions/{id}", TestContext.CancellationToken)).ShouldBeJsonAsync();
            read.GetRawText().ShouldBe(json);
        }

        var livingId = System.Text.Json.JsonDocument.Parse(saved[0]).RootElement.GetProperty("id").GetString();
        var review = await (await again.GetAsync($"/api/decisions/{livingId}/review", TestContext.CancellationToken)).ShouldBeJsonAsync();
        review.GetRawText().ShouldBe(acknowledgedReview);
        review.GetProperty("months").GetArrayLength().ShouldBe(1);
        review.GetProperty("history").GetArrayLength().ShouldBe(2);
    }
}
