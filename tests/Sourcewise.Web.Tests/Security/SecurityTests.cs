using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Security;

public sealed class SecurityTests : IClassFixture<SourcewiseFactoryFixture>
{
    private const string Token = "correct horse battery staple";
    private readonly SourcewiseFactoryFixture _fixture;

    public SecurityTests(SourcewiseFactoryFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5081")]
    public async Task A_non_loopback_address_without_a_token_refuses_to_start(string urls)
    {
        var error = new StringWriter();

        var exit = await SourcewiseWebApp.RunAsync(new WebAppOptions(urls, null, null, []), error, TestContext.CancellationToken);

        exit.ShouldBe(1);
        var message = error.ToString().Trim();
        message.ShouldStartWith("sourcewise serve: refusing to listen on");
        message.ShouldContain("SOURCEWISE_TOKEN");
        message.Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Every_answer_carries_a_strict_content_security_policy()
    {
        var client = _fixture.Factory.CreateClient();
        foreach (var url in new[] { "/", "/assess", "/api/decisions", "/health" })
        {
            var response = await client.GetAsync(url, TestContext.CancellationToken);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.ShouldContain("script-src 'self'");
            csp.ShouldNotContain("unsafe-inline");
            csp.ShouldContain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var html = await _fixture.Factory.CreateClient().GetStringAsync("/assess", TestContext.CancellationToken);

        html.ShouldContain("<script src=\"/js/site.js\" defer></script>");
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)").Count.ShouldBe(0);
    }

    [Fact]
    public async Task An_uploaded_script_is_shown_encoded_on_the_check_page()
    {
        var client = _fixture.Factory.CreateClient();
        var token = await Antiforgery.TokenFromAsync(client, "/check");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Proposal)), "Upload", "<img src=x onerror=alert(1)>.txt" },
        };

        var response = await client.PostAsync("/check", form, TestContext.CancellationToken);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("The Client will direct the day-to-day work");
        html.ShouldNotContain("<script>alert('owned')</script>");
        html.ShouldContain("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<img src=x");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = _fixture.Factory.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" });

        var response = await client.PostAsync("/assess", form, TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_host_name_other_than_loopback_is_refused_without_a_token()
    {
        var client = _fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request, TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task With_a_token_the_api_needs_the_bearer_and_pages_need_sign_in()
    {
        using var factory = new SourcewiseFactory(token: Token);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var anonymous = await client.PostAsync("/api/assess", Json(Samples.Profile), TestContext.CancellationToken);
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/decisions");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "correct horse battery stapl");
        (await client.SendAsync(wrong, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/assess") { Content = Json(Samples.Profile) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        (await client.SendAsync(right, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await client.GetAsync("/decisions", TestContext.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldStartWith("http://localhost/signin?ReturnUrl=%2Fdecisions");
        (await client.GetAsync("/health", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_in_with_the_token_opens_the_pages_and_a_wrong_token_does_not()
    {
        using var factory = new SourcewiseFactory(token: Token);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var token = await Antiforgery.TokenFromAsync(client, "/signin");
        var wrong = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Token"] = "guess",
            ["ReturnUrl"] = "/decisions",
        }), TestContext.CancellationToken);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("That token is not right");
        (await client.GetAsync("/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signedIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Token"] = Token,
            ["ReturnUrl"] = "/decisions",
        }), TestContext.CancellationToken);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe("/decisions");

        (await client.GetAsync("/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The cookie opens pages, not the API: the API still needs the bearer token.
        (await client.GetAsync("/api/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
