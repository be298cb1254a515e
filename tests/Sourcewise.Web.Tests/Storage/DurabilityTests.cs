using System.Net;
using Sourcewise.Web.Tests.Api;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Storage;

public sealed class DurabilityTests
{
    [SkippableFact]
    public async Task Decisions_acknowledged_before_a_kill_9_are_there_after_a_restart()
    {
        Requirements.SkipUnless(File.Exists(ServeProcess.CliPath), $"the CLI is not built at {ServeProcess.CliPath}");
        using var folder = new TempFolder();
        var database = folder.File("decisions.db");
        var port = FreePort.Next();
        var saved = new List<string>();

        using (var first = await ServeProcess.StartAsync(database, port))
        {
            using var client = new HttpClient { BaseAddress = new Uri(first.BaseAddress) };
            for (var i = 0; i < 5; i++)
            {
                var response = await client.PostAsync("/api/decisions", Json(Samples.Decision($"Kept {i}")), TestContext.CancellationToken);
                saved.Add((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetRawText());
            }

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
    }
}
