using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Portfolios;

/// <summary>Portfolio results kept for the page are bounded by their size in bytes (not by a count of entries), hold only
/// what the page shows, and the API streams its answer instead of building it in memory.</summary>
public sealed partial class PortfolioMemoryTests
{
    [Fact]
    public async Task Kept_results_are_counted_in_bytes_and_stay_within_the_limit_while_the_newest_stays_viewable()
    {
        // Given a 1 MiB result cache and portfolios of 2,000 workstreams
        await using var app = await KestrelApp.StartAsync(null, "Sourcewise:Limits:ResultCacheMegabytes=1");
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.BaseAddress),
        };
        var csv = Portfolio(2_000);
        var cache = (MemoryCache)app.Services.GetRequiredService<IMemoryCache>();
        var runs = new List<string>();

        // When several are uploaded through the page
        for (var i = 0; i < 6; i++)
        {
            var token = await Antiforgery.TokenFromAsync(client, "/portfolio");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "Upload", $"p{i}.csv" },
            };
            var posted = await client.PostAsync("/portfolio", form, TestContext.CancellationToken);
            var html = await posted.Content.ReadAsStringAsync();
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"upload {i}: {html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..][..Math.Min(1500, html.Length)]}");
            runs.Add(posted.Headers.Location!.ToString());

            // Then each entry is sized in bytes (a 2,000-row result is far more than "1"), the total stays under the limit
            var size = cache.GetCurrentStatistics()!.CurrentEstimatedSize!.Value;
            size.ShouldBeGreaterThan(100_000);
            size.ShouldBeLessThanOrEqualTo(1024 * 1024);
        }

        // And the newest result can still be viewed and sorted
        var page = await client.GetStringAsync(runs[^1] + "&sort=name&dir=desc", TestContext.CancellationToken);
        RowPattern().Matches(page).Count.ShouldBe(2_000);
        page.ShouldNotContain("has expired");
    }

    [Fact]
    public async Task The_api_streams_a_large_portfolio_answer_with_the_same_content()
    {
        await using var app = await KestrelApp.StartAsync();
        using var client = app.CreateClient();
        var csv = Portfolio(3_000);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/portfolio") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentLength.ShouldBeNull("the answer was built in memory before it was sent");
        response.Headers.TransferEncodingChunked.ShouldBe(true);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStreamAsync(TestContext.CancellationToken));
        json.RootElement.GetProperty("workstreams").GetArrayLength().ShouldBe(3_000);
        json.RootElement.GetProperty("workstreams")[2_999].GetProperty("row").GetInt32().ShouldBe(3_000);
        json.RootElement.GetProperty("summary").GetProperty("workstreams").GetInt32().ShouldBe(3_000);
    }

    private static string Portfolio(int rows)
    {
        var csv = new StringBuilder("name,stage,workType,differentiating,requirementVolatility,leadershipBandwidth,ongoing,measurableServiceLevel\n");
        string[] types = ["product", "operations", "project"];
        for (var i = 0; i < rows; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Workstream {i:D5},series-b,{types[i % 3]},{(i % 2 == 0 ? "true" : "false")},high,high,false,false\n");
        }

        return csv.ToString();
    }

    [GeneratedRegex("<td>Workstream \\d{5}</td>")]
    private static partial Regex RowPattern();
}
