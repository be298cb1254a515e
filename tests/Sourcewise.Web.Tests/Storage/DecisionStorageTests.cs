using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sourcewise.Web.Tests.Api;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Storage;

/// <summary>The decision API against a real database; one subclass per provider.</summary>
public abstract class DecisionStorageTests
{
    protected abstract SourcewiseFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    [SkippableFact]
    public async Task A_saved_decision_answers_201_and_reads_back_with_its_assessment()
    {
        var client = Client;
        var response = await client.PostAsync("/api/decisions", Json(Samples.Decision("Payments: how to staff it")), TestContext.CancellationToken);

        var saved = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = saved.GetProperty("id").GetString()!;
        response.Headers.Location!.ToString().ShouldBe($"/api/decisions/{id}");
        saved.GetProperty("title").GetString().ShouldBe("Payments: how to staff it");
        saved.GetProperty("status").GetString().ShouldBe("proposed");
        saved.GetProperty("assessment").GetProperty("recommendation").GetString().ShouldBe("staff-augmentation");
        saved.GetProperty("profile").GetProperty("requirementVolatility").GetString().ShouldBe("high");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        saved.GetProperty("reviewBy").GetString().ShouldBe(today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var read = await (await client.GetAsync($"/api/decisions/{id}", TestContext.CancellationToken)).ShouldBeJsonAsync();
        read.GetRawText().ShouldBe(saved.GetRawText());
    }

    [SkippableFact]
    public async Task The_list_by_review_date_puts_overdue_decisions_first()
    {
        var client = Client;
        var later = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Later review", "2099-01-01")), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var overdue = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Overdue review", "2020-01-01")), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        overdue.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        later.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        var list = await (await client.GetAsync("/api/decisions?sort=review", TestContext.CancellationToken)).ShouldBeJsonAsync();

        var ids = list.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        // (other tests share this database: the 2099 one may be on a later page, the overdue one is on the first)
        ids.ShouldContain(overdue.GetProperty("id").GetString());
        var laterAt = ids.IndexOf(later.GetProperty("id").GetString());
        (laterAt < 0 || ids.IndexOf(overdue.GetProperty("id").GetString()) < laterAt).ShouldBeTrue();
        var flags = list.EnumerateArray().Select(d => d.GetProperty("overdue").GetBoolean()).ToList();
        flags[0].ShouldBeTrue();
        flags.SkipWhile(f => f).ShouldAllBe(f => !f);
    }

    [SkippableFact]
    public async Task The_list_is_paged_newest_first_and_its_next_links_walk_it_without_gaps_or_repeats()
    {
        // Given three new decisions (the newest of all)
        var client = Client;
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var saved = await (await client.PostAsync("/api/decisions", Json(Samples.Decision($"Paged {i}")), TestContext.CancellationToken))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            created.Add(saved.GetProperty("id").GetString()!);
        }

        // When the list is read two at a time, following the next links
        var first = await client.GetAsync("/api/decisions?limit=2", TestContext.CancellationToken);
        var firstPage = await first.ShouldBeJsonAsync();
        var seen = firstPage.EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        var next = first.Headers.TryGetValues("Link", out var links) ? links.Single() : null;
        while (next is not null)
        {
            var url = next[(next.IndexOf('<', StringComparison.Ordinal) + 1)..next.IndexOf('>', StringComparison.Ordinal)];
            var page = await client.GetAsync(url, TestContext.CancellationToken);
            var items = await page.ShouldBeJsonAsync();
            items.GetArrayLength().ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(items.EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            next = page.Headers.TryGetValues("Link", out var more) ? more.Single() : null;
        }

        // Then the newest come first, and every decision appears exactly once
        seen.Take(2).ShouldBe([created[2], created[1]]);
        seen.ShouldContain(created[0]);
        seen.Distinct().Count().ShouldBe(seen.Count);
        first.Headers.GetValues("Link").Single().ShouldEndWith("rel=\"next\"");
        first.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [SkippableFact]
    public async Task A_decision_saved_after_a_thousand_others_is_on_the_first_page()
    {
        // Given more than a thousand decisions (the old list stopped at 1,000, sorted by review date)
        var client = Client;
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Sourcewise.Web.Storage.SourcewiseDbContext>();
            var earlier = DateTime.UtcNow.AddDays(-30);
            db.Decisions.AddRange(Enumerable.Range(0, 1_001).Select(i => new Sourcewise.Web.Storage.DecisionEntity
            {
                Id = Guid.CreateVersion7(earlier.AddSeconds(i)).ToString("D"),
                Title = $"Older {i}",
                ProfileJson = """{"name":"x"}""",
                AssessmentJson = """{"recommendation":"staff-augmentation"}""",
                CreatedAt = earlier.AddSeconds(i),
                ReviewBy = DateOnly.FromDateTime(DateTime.UtcNow),
                Status = "proposed",
            }));
            await db.SaveChangesAsync(TestContext.CancellationToken);
        }

        // When one more is saved
        var saved = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("The newest")), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        // Then it leads the default list, and the whole list can be walked
        var list = await (await client.GetAsync("/api/decisions", TestContext.CancellationToken)).ShouldBeJsonAsync();
        list[0].GetProperty("id").GetString().ShouldBe(saved.GetProperty("id").GetString());
        list.GetArrayLength().ShouldBe(100);
        var all = await (await client.GetAsync("/api/decisions?limit=1000", TestContext.CancellationToken)).ShouldBeJsonAsync();
        all.GetArrayLength().ShouldBe(1000);
    }

    [SkippableTheory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("sort=oldest", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_list_parameters_answer_400_naming_them(string query, string field)
    {
        var response = await Client.GetAsync($"/api/decisions?{query}", TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [SkippableFact]
    public async Task A_decision_downloads_as_a_document_in_every_format()
    {
        var client = Client;
        var saved = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Documented decision", withCost: true)), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = saved.GetProperty("id").GetString();
        saved.GetProperty("costScenario").GetProperty("horizonMonths").GetInt32().ShouldBe(24);

        var markdown = await client.GetAsync($"/api/decisions/{id}/report?format=markdown", TestContext.CancellationToken);
        markdown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await markdown.Content.ReadAsStringAsync();
        text.ShouldContain("Documented decision");
        text.ShouldContain("Staff augmentation");

        var html = await client.GetAsync($"/api/decisions/{id}/report?format=html", TestContext.CancellationToken);
        (await html.Content.ReadAsStringAsync()).ShouldContain("<html", Case.Insensitive);

        var docx = await client.GetByteArrayAsync($"/api/decisions/{id}/report?format=docx", TestContext.CancellationToken);
        Encoding.ASCII.GetString(docx, 0, 2).ShouldBe("PK");

        var pdf = await client.GetAsync($"/api/decisions/{id}/report?format=pdf", TestContext.CancellationToken);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileName!.ShouldEndWith(".pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync(TestContext.CancellationToken);
        Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }

    [SkippableFact]
    public async Task Bad_decisions_answer_400_naming_each_field()
    {
        var client = Client;

        var noTitle = await client.PostAsync("/api/decisions", Json($$"""{ "profile": {{Samples.Profile}} }"""), TestContext.CancellationToken);
        await noTitle.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "title");

        var badDate = await client.PostAsync("/api/decisions", Json(Samples.Decision("x", "next spring")), TestContext.CancellationToken);
        await badDate.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reviewBy");

        var badProfile = await client.PostAsync("/api/decisions", Json("""{ "title": "x", "profile": { "name": "x", "ongoing": "sometimes" } }"""), TestContext.CancellationToken);
        await badProfile.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "profile.ongoing");

        var badScenario = await client.PostAsync("/api/decisions", Json($$"""{ "title": "x", "profile": {{Samples.Profile}}, "costScenario": { "horizonMonths": 999 } }"""), TestContext.CancellationToken);
        var problem = await badScenario.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("costScenario.");
    }

    [SkippableFact]
    public async Task Unknown_ids_and_formats_are_told_apart()
    {
        var client = Client;
        var missing = await client.GetAsync($"/api/decisions/{Guid.NewGuid()}", TestContext.CancellationToken);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var saved = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Formats")), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var badFormat = await client.GetAsync($"/api/decisions/{saved.GetProperty("id").GetString()}/report?format=rtf", TestContext.CancellationToken);
        await badFormat.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format");
    }

    [SkippableFact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await Client.GetAsync("/health", TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
