using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Security;

/// <summary>A page on another origin must not be able to make the browser save, upload or run anything here: a
/// no-cors <c>fetch</c> sends no <c>Content-Type</c> (or a "simple" one) and no preflight, so JSON routes insist on
/// <c>application/json</c>, and every state-changing route refuses what <c>Origin</c>/<c>Sec-Fetch-Site</c> call
/// cross-site.</summary>
public sealed class CrossSiteRequestTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly HttpClient _client;

    public CrossSiteRequestTests(SourcewiseFactoryFixture fixture)
    {
        _client = fixture.Factory.CreateClient();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_decision_posted_without_a_json_content_type_is_refused_415(string? contentType)
    {
        // Given what a no-cors fetch from another page sends: the JSON as a plain body
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Decision("Forged"))),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        // When
        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        // Then
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("application/json");
        var list = await (await _client.GetAsync("/api/decisions?limit=1000", TestContext.CancellationToken)).ShouldBeJsonAsync();
        list.EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldNotContain("Forged");
    }

    [Theory]
    [InlineData("/api/assess")]
    [InlineData("/api/cost")]
    public async Task Json_routes_refuse_other_content_types(string url)
    {
        using var content = new StringContent(Samples.Profile, Encoding.UTF8, "text/plain");

        var response = await _client.PostAsync(url, content, TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_check_route_needs_multipart_and_the_portfolio_route_json_csv_or_multipart()
    {
        using var text = new StringContent(Samples.Proposal, Encoding.UTF8, "text/plain");
        await (await _client.PostAsync("/api/check", text, TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        using var plain = new StringContent(Samples.PortfolioCsv, Encoding.UTF8, "text/plain");
        await (await _client.PostAsync("/api/portfolio", plain, TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        using var csv = new StringContent(Samples.PortfolioCsv, Encoding.UTF8, "text/csv");
        await (await _client.PostAsync("/api/portfolio", csv, TestContext.CancellationToken)).ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://localhost:8080")]
    [InlineData("Origin", "https://localhost.evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_cross_site_upload_is_refused_403_before_it_is_read(string header, string value)
    {
        using var form = ProposalForm();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = form };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString()!.ShouldContain(header);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_cross_site_json_post_is_refused_even_with_the_right_content_type(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/decisions") { Content = Json(Samples.Decision("Forged")) };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("http://localhost", null)]
    [InlineData("http://LOCALHOST:80", "same-origin")]
    [InlineData(null, "same-origin")]
    [InlineData(null, "none")]
    [InlineData("null", "same-origin")]
    public async Task Same_origin_requests_and_clients_that_send_neither_header_are_served(string? origin, string? fetchSite)
    {
        using var form = ProposalForm();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = form };
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", fetchSite);
        }

        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        (await response.ShouldBeJsonAsync()).GetProperty("actualModel").GetString().ShouldBe("staff-augmentation");
    }

    [Fact]
    public async Task A_cross_site_form_post_to_a_page_is_refused_even_with_a_valid_antiforgery_token()
    {
        var token = await Antiforgery.TokenFromAsync(_client, "/check");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "Upload", "proposal.txt" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/check") { Content = form };
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cross_site_reads_are_not_refused_by_this_rule()
    {
        // A link from another site to a page is normal navigation; only state-changing requests are refused.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assess");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        var response = await _client.SendAsync(request, TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static MultipartFormDataContent ProposalForm()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", "proposal.txt" } };
    }
}
