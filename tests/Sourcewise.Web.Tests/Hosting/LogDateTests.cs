using System.Net;
using Sourcewise.Web.Tests.Infrastructure;
using static Sourcewise.Web.Tests.Api.ApiAssertions;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>The server log wrote a decision's review date in the server's culture (<c>03/31/2027</c>, the invariant culture's format) where everything
/// else Sourcewise writes is ISO 8601.</summary>
public sealed class LogDateTests
{
    [Fact]
    public async Task A_saved_decision_is_logged_with_an_iso_review_date_not_the_invariant_cultures_month_first()
    {
        await using var app = await KestrelApp.StartAsync(null);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/decisions", Json(Samples.Decision("Log date", reviewBy: "2027-03-31")),
            TestContext.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
        var line = app.Logs.Entries.Single(e => e.Message.StartsWith("Saved decision", StringComparison.Ordinal)).Message;
        line.ShouldContain("(review by 2027-03-31)");
    }
}
