using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sourcewise.Documents.Input;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Parity;

/// <summary>The pages show what the CLI shows where the two used to disagree: the confidence as "high (0.89)", each
/// mistake's "why", the close-call advice, and a portfolio's bad rows listed while the others are assessed.</summary>
public sealed class PageParityTests : IClassFixture<SourcewiseFactoryFixture>
{
    private readonly SourcewiseFactoryFixture _fixture;

    public PageParityTests(SourcewiseFactoryFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_assess_page_gives_the_confidence_as_the_cli_does_and_each_mistakes_why()
    {
        var html = await AssessAsync(Answers(Examples.Find("seed-marketplace.yaml")));

        html.ShouldContain("Confidence: <strong>high</strong> (0.89)");
        html.ShouldNotContain("89%");
        html.ShouldContain("outsourcing-core-under-uncertainty");
        html.ShouldContain("Every change reopens scope, timeline and contract, and the context behind the product ends up at the vendor.");
    }

    [Fact]
    public async Task The_assess_page_gives_the_close_call_advice()
    {
        var html = await AssessAsync(new Dictionary<string, string> { ["name"] = "Unknown work" });

        html.ShouldContain("Close call");
        html.ShouldContain("What would settle it:");
        html.ShouldContain("Decide whether you can write a stable specification with acceptance criteria now");
    }

    [Fact]
    public async Task The_portfolio_page_lists_a_bad_row_and_assesses_the_others()
    {
        using var client = _fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var token = await Antiforgery.TokenFromAsync(client, "/portfolio");
        var csv = Samples.PortfolioCsv + "\nHobby,series-b,hobby,false,low,low,false,false\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "Upload", "bad-row.csv" },
        };

        var response = await client.PostAsync("/portfolio", form, TestContext.CancellationToken);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("1 of 4 rows could not be read; the other 3 were assessed");
        html.ShouldContain("workType");
        foreach (var name in new[] { "Checkout", "Monitoring", "Data migration" })
        {
            html.ShouldContain($"<td>{name}</td>");
        }
    }

    private async Task<string> AssessAsync(Dictionary<string, string> answers)
    {
        using var client = _fixture.Factory.CreateClient();
        answers["__RequestVerificationToken"] = await Antiforgery.TokenFromAsync(client, "/assess");
        var response = await client.PostAsync("/assess", new FormUrlEncodedContent(answers), TestContext.CancellationToken);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>A profile file's answers as the questionnaire posts them (key = value text).</summary>
    private static Dictionary<string, string> Answers(string path)
    {
        var tree = StructuredInput.Parse(File.ReadAllText(path), path);
        var mapping = tree.Value.ShouldBeOfType<InputMapping>();
        return mapping.Entries.ToDictionary(e => e.Key.Value!, e => ((InputScalar)e.Value).Value ?? "");
    }
}
