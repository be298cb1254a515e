using System.Net;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Security;

/// <summary>Decisions and their documents are confidential: no browser or proxy may keep a copy.</summary>
public sealed class CacheControlTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly SourcewiseFactoryFixture _fixture;

    public CacheControlTests(SourcewiseFactoryFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Decisions_and_their_downloads_are_answered_no_store_in_the_api_and_the_pages()
    {
        var client = _fixture.Factory.CreateClient();
        var saved = await (await client.PostAsync("/api/decisions", Json(Samples.Decision("Confidential")), TestContext.CancellationToken))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = saved.GetProperty("id").GetString();

        foreach (var url in new[]
                 {
                     "/api/decisions", $"/api/decisions/{id}", $"/api/decisions/{id}/report?format=pdf", $"/api/decisions/{id}/report",
                     "/decisions", $"/decisions/{id}", $"/decisions/{id}/report?format=docx", $"/decisions/{id}/report?format=html",
                 })
        {
            var response = await client.GetAsync(url, TestContext.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Headers.CacheControl.ShouldNotBeNull(url);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(url);
        }

        (await client.PostAsync("/api/decisions", Json(Samples.Decision("Another")), TestContext.CancellationToken))
            .Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Static_files_may_still_be_cached()
    {
        var response = await _fixture.Factory.CreateClient().GetAsync("/css/site.css", TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }
}
