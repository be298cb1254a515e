using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Api;

public sealed class PortfolioCostCheckApiTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly HttpClient _client;

    public PortfolioCostCheckApiTests(SourcewiseFactoryFixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    [Fact]
    public async Task A_json_array_portfolio_answers_rows_summary_and_findings()
    {
        var body = $"[{Samples.Profile}, {Samples.OperationsProfile}]";

        var json = await (await _client.PostAsync("/api/portfolio", Json(body), TestContext.CancellationToken)).ShouldBeJsonAsync();

        var rows = json.GetProperty("workstreams").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        rows[0].GetProperty("row").GetInt32().ShouldBe(1);
        rows[0].GetProperty("name").GetString().ShouldBe("Payments API");
        rows[0].GetProperty("assessment").GetProperty("recommendation").GetString().ShouldBe("staff-augmentation");
        rows[1].GetProperty("assessment").GetProperty("recommendation").GetString().ShouldBe("managed-services");
        json.GetProperty("summary").GetProperty("staff-augmentation").GetInt32().ShouldBe(1);
        json.GetProperty("summary").GetProperty("managed-services").GetInt32().ShouldBe(1);
        json.TryGetProperty("findings", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_csv_body_and_a_multipart_csv_file_give_the_same_portfolio()
    {
        var csv = await (await _client.PostAsync("/api/portfolio", new StringContent(Samples.PortfolioCsv, Encoding.UTF8, "text/csv"), TestContext.CancellationToken))
            .ShouldBeJsonAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.PortfolioCsv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "portfolio.csv");
        var multipart = await (await _client.PostAsync("/api/portfolio", form, TestContext.CancellationToken)).ShouldBeJsonAsync();

        csv.GetProperty("workstreams").GetArrayLength().ShouldBe(3);
        multipart.GetRawText().ShouldBe(csv.GetRawText());
    }

    [Fact]
    public async Task A_bad_portfolio_row_is_listed_with_its_row_and_field_and_the_other_rows_are_assessed()
    {
        var body = """[ { "name": "ok" }, { "name": "bad", "workType": "hobby" } ]""";

        var json = await (await _client.PostAsync("/api/portfolio", Json(body), TestContext.CancellationToken)).ShouldBeJsonAsync();

        json.GetProperty("workstreams").GetArrayLength().ShouldBe(1);
        json.GetProperty("workstreams")[0].GetProperty("name").GetString().ShouldBe("ok");
        json.GetProperty("summary").GetProperty("failedRows").GetInt32().ShouldBe(1);
        var error = json.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("field").GetString()!.ShouldContain("workType");
        error.GetProperty("message").GetString()!.ShouldContain("[1]");
    }

    [Theory]
    [InlineData("[]", "no workstreams")]
    [InlineData("{ \"name\": \"not a list\" }", "")]
    public async Task A_portfolio_without_rows_or_not_a_list_answers_400(string body, string words)
    {
        var problem = await (await _client.PostAsync("/api/portfolio", Json(body), TestContext.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString()!.ShouldContain(words);
    }

    [Fact]
    public async Task A_cost_scenario_is_simulated_and_the_same_seed_gives_the_same_numbers()
    {
        var first = await (await _client.PostAsync("/api/cost?trials=2000&seed=7", Json(Samples.Scenario), TestContext.CancellationToken)).ShouldBeJsonAsync();
        var again = await (await _client.PostAsync("/api/cost?trials=2000&seed=7", Json(Samples.Scenario), TestContext.CancellationToken)).ShouldBeJsonAsync();

        first.GetProperty("trials").GetInt32().ShouldBe(2000);
        first.GetProperty("seed").GetInt64().ShouldBe(7);
        first.GetProperty("horizonMonths").GetInt32().ShouldBe(24);
        var augmentation = first.GetProperty("options").GetProperty("staffAugmentation");
        augmentation.GetProperty("p10").GetDouble().ShouldBeLessThanOrEqualTo(augmentation.GetProperty("p50").GetDouble());
        augmentation.GetProperty("p50").GetDouble().ShouldBeLessThanOrEqualTo(augmentation.GetProperty("p90").GetDouble());
        augmentation.GetProperty("monthly").GetArrayLength().ShouldBe(24);
        again.GetRawText().ShouldBe(first.GetRawText());
    }

    [Theory]
    [InlineData("/api/cost?trials=0", "trials")]
    [InlineData("/api/cost?trials=many", "trials")]
    [InlineData("/api/cost?seed=x", "seed")]
    public async Task Bad_cost_query_parameters_answer_400_naming_them(string url, string field)
    {
        var response = await _client.PostAsync(url, Json(Samples.Scenario), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_bad_cost_scenario_answers_400_naming_the_field()
    {
        var response = await _client.PostAsync("/api/cost", Json(Samples.Scenario.Replace("\"horizonMonths\": 24", "\"horizonMonths\": 500", StringComparison.Ordinal)), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "horizonMonths");
    }

    [Fact]
    public async Task A_mislabelled_proposal_is_checked_with_evidence_by_line()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "proposal.txt" },
            { new StringContent("managed-services"), "claimed" },
        };

        var json = await (await _client.PostAsync("/api/check", form, TestContext.CancellationToken)).ShouldBeJsonAsync();

        json.GetProperty("document").GetString().ShouldBe("proposal.txt");
        json.GetProperty("claimedModel").GetString().ShouldBe("managed-services");
        json.GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
        var signals = json.GetProperty("signals").EnumerateArray().ToList();
        signals.Select(s => s.GetProperty("id").GetString()).ShouldContain("client-directs-work");
        signals.First(s => s.GetProperty("id").GetString() == "client-directs-work")
            .GetProperty("evidence")[0].GetProperty("line").GetInt32().ShouldBe(5);
        json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ShouldContain("mislabeled-managed-services");
    }

    [Fact]
    public async Task A_check_without_a_file_or_with_a_bad_claim_answers_400_naming_the_field()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "claimed" } };
        await (await _client.PostAsync("/api/check", empty, TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");

        using var badClaim = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "file", "proposal.txt" },
            { new StringContent("body-shopping"), "claimed" },
        };
        await (await _client.PostAsync("/api/check", badClaim, TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "claimed");

        using var binary = new MultipartFormDataContent { { new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]), "file", "broken.docx" } };
        await (await _client.PostAsync("/api/check", binary, TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_413()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[18 * 1024 * 1024]), "file", "huge.txt" } };

        var response = await _client.PostAsync("/api/check", form, TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_route()
    {
        var json = await (await _client.GetAsync("/openapi/v1.json", TestContext.CancellationToken)).ShouldBeJsonAsync();

        var paths = json.GetProperty("paths");
        foreach (var (path, method) in new[]
                 {
                     ("/health", "get"), ("/api/assess", "post"), ("/api/portfolio", "post"), ("/api/check", "post"),
                     ("/api/cost", "post"), ("/api/decisions", "post"), ("/api/decisions", "get"), ("/api/decisions/{id}", "get"),
                     ("/api/decisions/{id}/report", "get"),
                 })
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is not documented");
            item.TryGetProperty(method, out _).ShouldBeTrue($"{method.ToUpperInvariant()} {path} is not documented");
        }

        // Every request and response body is described, not opaque bytes.
        foreach (var (path, schema) in new[]
                 {
                     ("/api/assess", "AssessmentSchema"), ("/api/portfolio", "PortfolioSchema"), ("/api/check", "CheckSchema"),
                     ("/api/cost", "CostSchema"),
                 })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            post.GetProperty("requestBody").GetProperty("content").EnumerateObject().ShouldNotBeEmpty();
            post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
                .GetProperty("schema").GetRawText().ShouldContain(schema);
        }

        var schemas = json.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("AssessmentSchema").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBeSubsetOf(["name", "recommendation", "bestFit", "runnerUp", "margin", "closeCall", "closeCallThreshold", "scores",
                "contributions", "tippingPoints", "mistakes", "stageGuidance", "confidence", "confidenceLevel", "unknowns", "considering",
                "closeCallAdvice"]);
        schemas.GetProperty("CostSchema").GetProperty("properties").TryGetProperty("probabilityCheapest", out _).ShouldBeFalse();
        schemas.GetProperty("CostOptionSchema").GetProperty("properties").TryGetProperty("probabilityCheapest", out _).ShouldBeTrue();

        var costParameters = paths.GetProperty("/api/cost").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString());
        costParameters.ShouldBe(["trials", "seed"], ignoreOrder: true);
    }
}
