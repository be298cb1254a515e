using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Security;

/// <summary>Signing in with the access token: guesses are throttled per client address, the cookie is bound to the
/// token (changing it signs everyone out), the token never reaches a log or a URL, and ReturnUrl stays local.</summary>
public sealed class SignInTests
{
    private const string Token = "correct horse battery staple";

    [Fact]
    public async Task After_the_allowed_wrong_tokens_a_client_is_answered_429_even_with_the_right_one()
    {
        // Given three wrong tokens allowed per minute
        await using var app = await KestrelApp.StartAsync(Token, "Sourcewise:Limits:SignInFailures=3");
        var client = Browser(app);
        for (var i = 0; i < 3; i++)
        {
            (await SignInAsync(client, $"guess number {i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // When it tries again, with the right token this time
        var throttled = await SignInAsync(client, Token);

        // Then it must wait, and the answer says how long
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        (await throttled.Content.ReadAsStringAsync()).ShouldContain("Too many wrong tokens");
        (await client.GetAsync("/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Wrong_bearer_tokens_count_too_and_other_client_addresses_are_not_affected()
    {
        await using var app = await KestrelApp.StartAsync(Token, "Sourcewise:Limits:SignInFailures=3");
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await BearerAsync(client, $"guess number {i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var throttled = await BearerAsync(client, Token);
        await throttled.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter.ShouldNotBeNull();

        // Another address (127.0.0.2 is loopback too) still gets in with the right token
        using var other = new HttpClient(FromAddress(IPAddress.Parse("127.0.0.2"))) { BaseAddress = new Uri(app.BaseAddress) };
        (await BearerAsync(other, Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // and right tokens are never counted
        for (var i = 0; i < 5; i++)
        {
            (await BearerAsync(other, Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_sign_in_cookie_is_refused_once_the_server_runs_with_another_token()
    {
        // Given a browser signed in to a server run with the first token
        string cookie;
        await using (var first = await KestrelApp.StartAsync(Token))
        {
            var client = Browser(first, out var jar);
            (await SignInAsync(client, Token)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await client.GetAsync("/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
            cookie = jar.GetCookieHeader(new Uri(first.BaseAddress));
            cookie.ShouldContain("sourcewise.auth=");
        }

        // When the server is restarted with a new token (same data-protection keys, so the cookie still decrypts)
        await using var second = await KestrelApp.StartAsync("a completely different token 42");
        using var next = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(second.BaseAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/decisions");
        request.Headers.Add("Cookie", cookie);
        var response = await next.SendAsync(request, TestContext.CancellationToken);

        // Then the old sign-in no longer opens the pages
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/signin");
    }

    [Fact]
    public async Task Neither_the_token_nor_a_guess_is_ever_written_to_the_log()
    {
        await using var app = await KestrelApp.StartAsync(Token);
        var client = Browser(app);
        const string guess = "my-secret-guess-7781";

        await SignInAsync(client, guess);
        await SignInAsync(client, Token);
        using var api = app.CreateClient();
        await BearerAsync(api, guess);
        await BearerAsync(api, Token);

        app.Logs.Entries.ShouldContain(e => e.Message.Contains("wrong token", StringComparison.Ordinal));
        app.Logs.Text.ShouldNotContain(Token);
        app.Logs.Text.ShouldNotContain(guess);
    }

    [Fact]
    public async Task A_token_in_the_query_string_does_not_sign_in()
    {
        await using var app = await KestrelApp.StartAsync(Token);
        var client = Browser(app);
        var antiforgery = await Antiforgery.TokenFromAsync(client, "/signin");

        var response = await client.PostAsync($"/signin?Token={Uri.EscapeDataString(Token)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
        }), TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/decisions", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("/décisions?q=ü", "/d%C3%A9cisions?q=%C3%BC")]
    [InlineData("/decisions", "/decisions")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")]
    public async Task After_sign_in_the_return_address_is_local_and_encoded(string returnUrl, string expected)
    {
        await using var app = await KestrelApp.StartAsync(Token);
        var client = Browser(app);

        var response = await SignInAsync(client, Token, returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe(expected);
    }

    [Fact]
    public async Task The_sign_in_page_with_a_non_ascii_return_address_renders()
    {
        await using var app = await KestrelApp.StartAsync(Token);
        var client = Browser(app);

        var page = await client.GetAsync("/signin?ReturnUrl=%2Fd%C3%A9cisions", TestContext.CancellationToken);
        var unknown = await client.GetAsync("/d%C3%A9cisions", TestContext.CancellationToken);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task With_a_token_the_openapi_document_needs_it_or_a_sign_in()
    {
        await using var app = await KestrelApp.StartAsync(Token);
        var client = Browser(app);

        await (await client.GetAsync("/openapi/v1.json", TestContext.CancellationToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        (await client.SendAsync(bearer, TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SignInAsync(client, Token);
        (await client.GetAsync("/openapi/v1.json", TestContext.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_short_token_stops_the_app_from_starting_without_quoting_it()
    {
        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => KestrelApp.StartAsync("hunter2-short"));

        error.Message.ShouldContain("16 characters");
        error.Message.ShouldNotContain("hunter2");
    }

    private static HttpClient Browser(KestrelApp app) => Browser(app, out _);

    private static HttpClient Browser(KestrelApp app, out CookieContainer jar)
    {
        jar = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseAddress) };
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string token, string returnUrl = "/decisions")
    {
        var antiforgery = await Antiforgery.TokenFromAsync(client, "/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Token"] = token,
            ["ReturnUrl"] = returnUrl,
        }), TestContext.CancellationToken);
    }

    private static Task<HttpResponseMessage> BearerAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/decisions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request, TestContext.CancellationToken);
    }

    /// <summary>A handler whose connections come from <paramref name="source"/> (another client address).</summary>
    private static SocketsHttpHandler FromAddress(IPAddress source) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };
}
