using System.Text;
using Microsoft.Playwright;
using Sourcewise.Web.Tests.Infrastructure;

namespace Sourcewise.Web.Tests.Browser;

/// <summary>A new user's path through the pages in a real browser, with screenshots.</summary>
public sealed class BrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _fixture;
    private readonly List<string> _consoleErrors = [];

    public BrowserTests(BrowserFixture fixture)
    {
        _fixture = fixture;
        Requirements.SkipUnless(fixture.Unavailable is null, fixture.Unavailable ?? "");
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _fixture.BaseAddress,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    private Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_fixture.Screenshots, name + ".png"), FullPage = true });

    [SkippableFact]
    public async Task A_new_user_fills_the_questionnaire_saves_the_decision_and_downloads_its_pdf()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await ShotAsync(page, "01-home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Assess a workstream" }).ClickAsync();

        await page.GetByLabel("What is the workstream called?").FillAsync("Payments API");
        await page.GetByRole(AriaRole.Group, new() { Name = "What stage is the company at?" }).GetByLabel("series-b").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "What kind of work is it?" }).GetByLabel("product").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is it core to your competitive advantage?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How often do the requirements change?" }).GetByLabel("high").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How much leadership time is there to direct and review added engineers?" }).GetByLabel("high").CheckAsync();
        await ShotAsync(page, "02-questionnaire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        (await heading.TextContentAsync())!.ShouldContain("Staff augmentation");
        (await page.Locator("figure.chart svg").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await ShotAsync(page, "03-result");

        await page.GetByLabel("Title").FillAsync("Payments API: who builds it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await page.WaitForURLAsync("**/decisions/*");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Payments API: who builds it");
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldStartWith("Saved.");
        await ShotAsync(page, "04-decision");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Decisions" }).ClickAsync();
        await ShotAsync(page, "05-decisions");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Payments API: who builds it" }).GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        var path = Path.Combine(_fixture.Screenshots, "decision.pdf");
        await download.SaveAsAsync(path);
        download.SuggestedFilename.ShouldEndWith(".pdf");
        Encoding.ASCII.GetString(File.ReadAllBytes(path), 0, 5).ShouldBe("%PDF-");
        await page.CloseAsync();
        _consoleErrors.ShouldBeEmpty("the browser console reported errors (a CSP violation or a missing file?)");
    }

    [SkippableFact]
    public async Task A_new_user_uploads_a_proposal_and_sees_the_evidence_highlighted()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/check");
        await page.GetByLabel("Document").SetInputFilesAsync(new FilePayload
        {
            Name = "proposal.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(Samples.Proposal),
        });
        await page.GetByLabel("The model it claims to be").SelectOptionAsync("managed-services");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the document" }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "proposal.txt: describes Staff augmentation" }).CountAsync()).ShouldBe(1);
        var highlighted = page.Locator(".document mark");
        (await highlighted.CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        (await page.Locator(".document mark", new() { HasText = "direct the day-to-day work" }).CountAsync())
            .ShouldBeGreaterThanOrEqualTo(1, "the sentence that puts the client in charge is not highlighted");
        // The uploaded <script> is text on the page, not an element.
        (await page.Locator(".document").TextContentAsync())!.ShouldContain("<script>alert('owned')</script>");
        (await page.Locator(".document script").CountAsync()).ShouldBe(0);
        await ShotAsync(page, "06-check");
        await page.CloseAsync();
        _consoleErrors.ShouldBeEmpty("the browser console reported errors (a CSP violation or a missing file?)");
    }

    [SkippableFact]
    public async Task A_new_user_uploads_a_portfolio_sorts_it_and_tries_a_cost_what_if()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/portfolio");
        await page.GetByLabel("Portfolio file").SetInputFilesAsync(new FilePayload
        {
            Name = "portfolio.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Samples.PortfolioCsv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess the portfolio" }).ClickAsync();
        (await page.Locator("table.sortable tbody tr").CountAsync()).ShouldBe(3);
        await page.GetByRole(AriaRole.Link, new() { Name = "Workstream" }).ClickAsync();
        (await page.Locator("table.sortable tbody tr td:nth-child(2)").AllTextContentsAsync())
            .ShouldBe(["Checkout", "Data migration", "Monitoring"]);
        await ShotAsync(page, "07-portfolio");

        await page.GotoAsync("/cost");
        (await page.Locator("table tbody tr").CountAsync()).ShouldBe(4);
        await page.GetByLabel("Horizon (months, 1–120)").FillAsync("36");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the comparison" }).ClickAsync();
        await page.WaitForURLAsync("**horizonMonths=36**");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Total cost over 36 months (USD)" }).CountAsync()).ShouldBe(1);
        await ShotAsync(page, "08-cost");
        await page.CloseAsync();
        _consoleErrors.ShouldBeEmpty("the browser console reported errors (a CSP violation or a missing file?)");
    }

    [SkippableFact]
    public async Task A_page_on_another_origin_cannot_save_a_decision_or_upload_through_the_visitors_browser()
    {
        // Given a hostile page on another local web server (another port: "same-site" to the browser) that posts to this
        // server the way a page can without any CORS permission: no-cors fetches of JSON as text and a multipart upload.
        var target = _fixture.BaseAddress;
        await using var evil = await HostilePage.StartAsync($$"""
            <!DOCTYPE html><html><body><p id="done">working</p><script>
            (async () => {
              const decision = JSON.stringify({ title: "Forged by another page", profile: { name: "Forged" } });
              await fetch("{{target}}/api/decisions", { method: "POST", mode: "no-cors", body: decision }).catch(() => {});
              await fetch("{{target}}/api/decisions", { method: "POST", mode: "no-cors", body: decision,
                headers: { "Content-Type": "text/plain" } }).catch(() => {});
              const form = new FormData();
              form.append("file", new Blob(["The Client will direct the work."], { type: "text/plain" }), "p.txt");
              await fetch("{{target}}/api/check", { method: "POST", mode: "no-cors", body: form }).catch(() => {});
              document.getElementById("done").textContent = "finished";
            })();
            </script></body></html>
            """);
        var page = await NewPageAsync();
        var statuses = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(target, StringComparison.Ordinal))
            {
                statuses.Add(response.Status);
            }
        };

        // When the visitor opens it
        await page.GotoAsync(evil.Address);
        await page.Locator("#done").Filter(new() { HasText = "finished" }).WaitForAsync();

        // Then the server refused all three, and nothing was saved
        statuses.ShouldBe([403, 403, 403]);
        using var client = new HttpClient { BaseAddress = new Uri(target) };
        var list = await client.GetStringAsync("/api/decisions?limit=1000", TestContext.CancellationToken);
        list.ShouldNotContain("Forged by another page");
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_browser_labels_a_hostile_pages_upload_cross_site_and_the_server_answers_403()
    {
        var page = await NewPageAsync();
        var target = _fixture.BaseAddress;
        var statuses = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.StartsWith(target, StringComparison.Ordinal))
            {
                statuses.Add(response.Status);
            }
        };
        await page.RouteAsync("http://evil.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html><body>
                <form id="f" method="post" action="{{target}}/api/check" enctype="multipart/form-data">
                <input type="hidden" name="claimed" value="managed-services"></form>
                <script>document.getElementById("f").submit();</script></body></html>
                """,
        }));

        await page.GotoAsync("http://evil.test/");
        await page.WaitForURLAsync($"{target}/api/check");

        statuses.ShouldBe([403]);
        (await page.ContentAsync()).ShouldContain("Sec-Fetch-Site");
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task With_a_token_a_user_signs_in_and_lands_where_they_were_going()
    {
        await using var app = await KestrelApp.StartAsync("correct horse battery staple");
        var context = await _fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/decisions");
        page.Url.ShouldContain("/signin?ReturnUrl=%2Fdecisions");
        await page.GetByLabel("Access token").FillAsync("not the token at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("That token is not right");

        await page.GetByLabel("Access token").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/decisions");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Saved decisions");
        page.Url.ShouldNotContain("correct");
        await context.CloseAsync();
    }
}
