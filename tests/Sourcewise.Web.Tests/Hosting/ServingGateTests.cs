using Microsoft.Extensions.DependencyInjection;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Hosting;

/// <summary>Kestrel accepts connections as soon as it has bound; until <c>serve</c> has checked the bound addresses a
/// request must get no answer, and none at all if the check refuses.</summary>
public sealed class ServingGateTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_request_that_arrives_before_the_address_check_waits_for_it(bool allowed)
    {
        // Given the app started with its gate closed, as RunAsync starts it
        using var folder = new TempFolder();
        await using var app = SourcewiseWebApp.Build(new WebAppOptions("http://127.0.0.1:0", folder.File("gate.db"), null, []));
        var gate = app.Services.GetRequiredService<ServingGate>();
        gate.Close();
        await app.StartAsync(TestContext.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };

        // When a request arrives before the decision
        var pending = client.GetAsync("/health", TestContext.CancellationToken);
        await Task.Delay(500, TestContext.CancellationToken);
        pending.IsCompleted.ShouldBeFalse("the request was answered before the address check");
        if (allowed)
        {
            gate.Open();
        }
        else
        {
            gate.Refuse();
        }

        // Then it is answered only when allowed, and otherwise dropped without a word
        if (allowed)
        {
            (await pending).IsSuccessStatusCode.ShouldBeTrue();
        }
        else
        {
            await Should.ThrowAsync<HttpRequestException>(() => pending);
        }

        await app.StopAsync(TestContext.CancellationToken);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
