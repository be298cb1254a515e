using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>Heavy work (checks, portfolios, cost runs, documents) is bounded: a few at once, a short queue, 503 with
/// Retry-After beyond it, a timeout that stops the work; light routes keep answering.</summary>
public sealed class WorkLimitTests
{
    [Fact]
    public async Task When_every_turn_and_the_queue_are_taken_heavy_work_answers_503_and_light_routes_still_answer()
    {
        // Given one turn, no queue, and one upload in progress holding it
        await using var app = await KestrelApp.StartAsync(null, "Sourcewise:Limits:WorkConcurrency=1", "Sourcewise:Limits:WorkQueue=0",
            "Sourcewise:Limits:RetryAfterSeconds=7");
        using var client = app.CreateClient();
        var held = HeldBackContent.Multipart("file", "proposal.txt", Encoding.UTF8.GetBytes(Samples.Proposal), heldAfter: 40);
        var first = client.PostAsync("/api/check", held, TestContext.CancellationToken);
        await held.HeldBack.WaitAsync(TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        await Task.Delay(300, TestContext.CancellationToken);

        // When more heavy work arrives
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "p.txt" } };
        var busy = await client.PostAsync("/api/check", form, TestContext.CancellationToken);
        var busyCost = await client.PostAsync("/api/cost?trials=100", Json(Samples.Scenario), TestContext.CancellationToken);

        // Then it is told to come back, while light routes answer at once
        var problem = await busy.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("retry in 7 s");
        busy.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        await busyCost.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        (await client.PostAsync("/api/assess", Json(Samples.Profile), TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/assess", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        first.IsCompleted.ShouldBeFalse();

        // And once the first upload is done, its turn is free again
        held.Release();
        (await (await first).ShouldBeJsonAsync()).GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
        using var again = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "p.txt" } };
        (await client.PostAsync("/api/check", again, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_queued_request_waits_for_a_turn_instead_of_being_refused()
    {
        await using var app = await KestrelApp.StartAsync(null, "Sourcewise:Limits:WorkConcurrency=1", "Sourcewise:Limits:WorkQueue=1");
        using var client = app.CreateClient();
        var held = HeldBackContent.Multipart("file", "proposal.txt", Encoding.UTF8.GetBytes(Samples.Proposal), heldAfter: 40);
        var first = client.PostAsync("/api/check", held, TestContext.CancellationToken);
        await held.HeldBack.WaitAsync(TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        await Task.Delay(300, TestContext.CancellationToken);

        var queued = client.PostAsync("/api/cost?trials=100", Json(Samples.Scenario), TestContext.CancellationToken);
        await Task.Delay(500, TestContext.CancellationToken);
        queued.IsCompleted.ShouldBeFalse("the queued request did not wait for its turn");
        held.Release();

        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await queued).ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Heavy_work_that_outlives_the_timeout_is_stopped_and_answers_504()
    {
        // Given a one-second work timeout and a simulation that takes far longer (a million trials over ten years)
        await using var app = await KestrelApp.StartAsync(null, "Sourcewise:Limits:WorkTimeoutSeconds=1");
        using var client = app.CreateClient();
        var scenario = Samples.Scenario.Replace("\"horizonMonths\": 24", "\"horizonMonths\": 120", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // When
        var response = await client.PostAsync("/api/cost?trials=1000000", Json(scenario), TestContext.CancellationToken);

        // Then the work was cancelled (the answer comes long before the simulation could have finished)
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.GatewayTimeout);
        problem.GetProperty("detail").GetString()!.ShouldContain("1 s");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task An_upload_that_stalls_past_the_timeout_is_cut_off_and_frees_its_turn()
    {
        // Given one turn, no queue, a two-second timeout, and an upload that stalls while holding the turn
        await using var app = await KestrelApp.StartAsync(null, "Sourcewise:Limits:WorkConcurrency=1", "Sourcewise:Limits:WorkQueue=0",
            "Sourcewise:Limits:WorkTimeoutSeconds=2");
        using var client = app.CreateClient();
        var held = HeldBackContent.Multipart("file", "proposal.txt", Encoding.UTF8.GetBytes(Samples.Proposal), heldAfter: 40);
        var stalled = client.PostAsync("/api/check", held, TestContext.CancellationToken);
        await held.HeldBack.WaitAsync(TimeSpan.FromSeconds(30), TestContext.CancellationToken);

        // When the timeout has passed (the server says so in its log; waiting on the log rather than a fixed delay keeps
        // the test honest on a loaded machine, where the timer may fire late)
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (!app.Logs.Entries.Any(e => e.Message.Contains("ran past its timeout", StringComparison.Ordinal)))
        {
            patience.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "the stalled upload was never cut off");
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.CancellationToken);
        }

        // Then the turn is free for the next upload, and the server said why in one line
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "p.txt" } };
        (await client.PostAsync("/api/check", form, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, app.Logs.Text);
        app.Logs.Entries.Where(e => e.Message.Contains("ran past its timeout", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .Message.ShouldContain("/api/check");
        held.Release();
        await Should.ThrowAsync<HttpRequestException>(() => stalled);
    }

    [Fact]
    public async Task A_limit_out_of_range_stops_serve_with_one_line()
    {
        var error = new StringWriter();
        using var folder = new TempFolder();

        var exit = await SourcewiseWebApp.RunAsync(new WebAppOptions("http://127.0.0.1:0", folder.File("x.db"), null,
            ["--Sourcewise:Limits:WorkQueue=-1"]), error, TestContext.CancellationToken);

        exit.ShouldBe(1);
        var line = error.ToString().Trim();
        line.Split('\n').Length.ShouldBe(1, line);
        line.ShouldContain("WorkQueue");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Limits_are_read_from_sourcewise_environment_variables()
    {
        Environment.SetEnvironmentVariable("SOURCEWISE_LIMITS__WORKQUEUE", "3");
        try
        {
            using var folder = new TempFolder();
            var app = SourcewiseWebApp.Build(new WebAppOptions("http://127.0.0.1:0", folder.File("x.db"), null, []));
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Sourcewise.Web.Hosting.WorkLimits>>().Value.WorkQueue.ShouldBe(3);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCEWISE_LIMITS__WORKQUEUE", null);
        }
    }
}
