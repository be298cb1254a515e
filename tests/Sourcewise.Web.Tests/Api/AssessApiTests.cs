using System.Net;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Api;

public sealed class AssessApiTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly HttpClient _client;

    public AssessApiTests(SourcewiseFactoryFixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    [Fact]
    public async Task A_profile_is_assessed_with_the_public_keys()
    {
        var response = await _client.PostAsync("/api/assess", Json(Samples.Profile), TestContext.CancellationToken);

        var json = await response.ShouldBeJsonAsync();
        json.GetProperty("name").GetString().ShouldBe("Payments API");
        json.GetProperty("recommendation").GetString().ShouldBe("staff-augmentation");
        json.GetProperty("scores").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["staff-augmentation", "project-outsourcing", "managed-services"]);
        json.GetProperty("contributions").GetArrayLength().ShouldBeGreaterThan(0);
        json.GetProperty("mistakes").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .ShouldContain("outsourcing-core-under-uncertainty");
    }

    [Fact]
    public async Task A_profile_with_only_a_name_is_assessed_not_refused()
    {
        var response = await _client.PostAsync("/api/assess", Json("""{ "name": "Unknown work" }"""), TestContext.CancellationToken);

        var json = await response.ShouldBeJsonAsync();
        json.GetProperty("recommendation").GetString().ShouldNotBeNullOrEmpty();
        json.GetProperty("unknowns").EnumerateArray().Select(u => u.GetProperty("factor").GetString())
            .ShouldContain("requirementVolatility");
    }

    [Fact]
    public async Task An_unknown_value_answers_400_naming_the_field_and_the_accepted_values()
    {
        var response = await _client.PostAsync("/api/assess", Json("""{ "name": "x", "stage": "series-z" }"""), TestContext.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "stage");
        problem.GetProperty("detail").GetString()!.ShouldContain("series-a");
    }

    [Fact]
    public async Task An_unknown_key_answers_400_naming_it()
    {
        var response = await _client.PostAsync("/api/assess", Json("""{ "name": "x", "stage": "seed", "budjet": 3 }"""), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "budjet");
    }

    [Fact]
    public async Task A_missing_name_answers_400_naming_it()
    {
        var response = await _client.PostAsync("/api/assess", Json("""{ "stage": "seed" }"""), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task Broken_json_answers_400_not_500()
    {
        var response = await _client.PostAsync("/api/assess", Json("""{ "name": "x", """), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        var huge = $$"""{ "name": "{{new string('x', 2 * 1024 * 1024)}}" }""";

        var response = await _client.PostAsync("/api/assess", Json(huge), TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
