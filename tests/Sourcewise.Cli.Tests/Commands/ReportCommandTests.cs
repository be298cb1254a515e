using System.CommandLine;
using System.IO.Compression;
using Microsoft.Extensions.Time.Testing;
using Snapshooter.Xunit;
using Sourcewise.Application;
using Sourcewise.Application.Decisions;
using Sourcewise.Assessments;
using Sourcewise.Cli.Commands;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Diagnostics;
using Sourcewise.Reports.Decisions;

namespace Sourcewise.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private const string ProfileYaml = """
        name: Search relevance
        stage: series-b
        workType: product
        differentiating: true
        requirementVolatility: high
        leadershipBandwidth: medium
        considering: project-outsourcing
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("sourcewise-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string File(string name, string? content = null)
    {
        var path = Path.Combine(_dir.FullName, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    private static DecisionRecordSources Sources(Func<string, Result<DecisionCost>>? cost = null) => new(
        (profile, _) => Task.FromResult(Outcome<Assessment>.Ok(new Assessment
        {
            Name = profile.Name,
            Profile = profile,
            Recommendation = "staff-augmentation",
            BestFit = EngagementModel.StaffAugmentation,
            RunnerUp = EngagementModel.ProjectOutsourcing,
            Margin = 5,
            CloseCallThreshold = 1,
            Scores = new ModelScores(7, 2, -2),
            Contributions = [new("requirementVolatility", EngagementModel.StaffAugmentation, 3, "Volatile requirements suit your own direction")],
            TippingPoints = [new("requirementVolatility", "high", "low", "project-outsourcing")],
            Mistakes = [],
            StageGuidance = "",
            Confidence = 0.5,
            ConfidenceLevel = ConfidenceLevel.Medium,
            Unknowns = [],
        })),
        (path, _, _, _) => Task.FromResult(Outcome<DecisionCost>.From(cost?.Invoke(path) ?? Result<DecisionCost>.Ok(new DecisionCost("USD", 12, 100, 1,
            [new("staffAugmentation", 10, 20, 30, 20, 1)],
            """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>""",
            null, 10, 10, [])))),
        (path, _, _) => Task.FromResult(Outcome<DecisionContractCheck>.Invalid(Diagnostic.Error("x", $"{path}: not readable"))),
        () => []);

    private static Task<(int Code, string Out, string Err)> Run(DecisionRecordSources sources, params string[] args) =>
        Run(TimeProvider.System, sources, args);

    private static async Task<(int Code, string Out, string Err)> Run(TimeProvider clock, DecisionRecordSources sources, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForWriters(output, error, time: clock);
        var root = new RootCommand { ReportCommand.Create(env, sources) };
        var parse = root.Parse(["report", .. args]);
        if (parse.Errors.Count > 0)
        {
            return (ExitCodes.Usage, output.ToString(), string.Join("\n", parse.Errors.Select(e => e.Message)));
        }

        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Markdown_goes_to_stdout_and_is_the_same_for_the_same_date()
    {
        var profile = File("p.yaml", ProfileYaml);

        var first = await Run(Sources(), profile, "--date", "2026-11-29");
        var second = await Run(Sources(), profile, "--date", "2026-11-29");

        first.Code.ShouldBe(0, first.Err);
        first.Out.ShouldStartWith("# Sourcing decision: Search relevance\n");
        first.Out.ShouldContain("- **Review by:** 2027-05-29");
        second.Out.ShouldBe(first.Out);
    }

    [Fact]
    public async Task Without_a_date_the_record_is_dated_today_by_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        var (code, output, error) = await Run(clock, Sources(), File("p.yaml", ProfileYaml));

        code.ShouldBe(0, error);
        output.ShouldContain("- **Date:** 2026-12-31");
        output.ShouldContain("- **Review by:** 2027-06-30");
    }

    [Fact]
    public async Task Review_months_title_deciders_and_status_reach_the_document()
    {
        var profile = File("p.yaml", ProfileYaml);

        var (code, output, error) = await Run(Sources(), profile, "--date", "2026-11-29", "--review-months", "3",
            "--title", "Search: who builds it", "--decided-by", "CTO", "--decided-by", "CFO", "--status", "accepted",
            "--format", "html");

        code.ShouldBe(0, error);
        output.ShouldContain("<title>Search: who builds it</title>");
        output.ShouldContain("<dt>Review by</dt><dd>2027-02-28</dd>");
        output.ShouldContain("<dt>Decided by</dt><dd>CTO, CFO</dd>");
        output.ShouldContain("<dt>Status</dt><dd>accepted</dd>");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public async Task Binary_formats_without_an_output_file_are_a_usage_error(string format)
    {
        var (code, output, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--format", format);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--output");
    }

    [Fact]
    public async Task The_format_follows_the_output_extension_and_the_file_is_reproducible()
    {
        var profile = File("p.yaml", ProfileYaml);
        var docx = File("decision.docx");

        var first = await Run(Sources(), profile, "--date", "2026-11-29", "--output", docx);
        var firstBytes = await System.IO.File.ReadAllBytesAsync(docx);
        var second = await Run(Sources(), profile, "--date", "2026-11-29", "--output", docx);

        first.Code.ShouldBe(0, first.Err);
        second.Code.ShouldBe(0, second.Err);
        first.Out.ShouldBeEmpty();
        first.Err.ShouldContain("wrote ");
        using (var zip = ZipFile.OpenRead(docx))
        {
            zip.GetEntry("word/document.xml").ShouldNotBeNull();
        }

        (await System.IO.File.ReadAllBytesAsync(docx)).ShouldBe(firstBytes);
        _dir.GetFiles("*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_pdf_is_written_when_asked_for()
    {
        Skip.IfNot(Reports.Rendering.Pdf.DejaVuFontResolver.FontsAvailable
            || Environment.GetEnvironmentVariable("SOURCEWISE_REQUIRE_ALL") == "1", "DejaVu fonts are not installed");
        var pdf = File("out.pdf");

        var (code, _, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--date", "2026-11-29", "-o", pdf);

        code.ShouldBe(0, error);
        (await System.IO.File.ReadAllBytesAsync(pdf)).Take(5).ShouldBe("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task Markdown_written_to_a_file_links_the_chart_written_beside_it()
    {
        var md = File("decision.md");

        var (code, _, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--date", "2026-11-29",
            "--cost", File("s.yaml", "horizonMonths: 12"), "--output", md);

        code.ShouldBe(0, error);
        (await System.IO.File.ReadAllTextAsync(md)).ShouldContain("](decision.cost-chart.svg)");
        (await System.IO.File.ReadAllTextAsync(File("decision.cost-chart.svg"))).ShouldStartWith("<svg");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("29/11/2026")]
    [InlineData("1970-01-01")]
    public async Task A_bad_date_is_a_usage_error(string date)
    {
        var (code, _, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--date", date);

        code.ShouldBe(2);
        error.ShouldContain("--date");
    }

    [Fact]
    public async Task A_bad_profile_fails_naming_the_file_and_the_field()
    {
        var profile = File("bad.yaml", "name: X\nrequirementVolatility: sometimes\n");

        var (code, output, error) = await Run(Sources(), profile);

        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("bad.yaml");
        error.ShouldContain("requirementVolatility");
    }

    [Fact]
    public async Task A_missing_profile_fails_naming_the_file()
    {
        var (code, _, error) = await Run(Sources(), File("nope.yaml"));

        code.ShouldBe(1);
        error.ShouldContain("nope.yaml");
    }

    [Fact]
    public async Task A_bad_cost_scenario_fails_and_leaves_an_existing_output_untouched()
    {
        var output = File("keep.html", "old content");
        var sources = Sources(path => Result<DecisionCost>.Fail(
            Diagnostic.Error("cost", "horizonMonths must be from 1 to 120", new SourceLocation(path, 1, 1, "horizonMonths"))));

        var (code, _, error) = await Run(sources, File("p.yaml", ProfileYaml), "--cost", File("s.yaml", "horizonMonths: 0"),
            "--output", output);

        code.ShouldBe(1);
        error.ShouldContain("s.yaml");
        (await System.IO.File.ReadAllTextAsync(output)).ShouldBe("old content");
    }

    [Fact]
    public async Task An_output_in_a_missing_directory_fails_without_leaving_a_file()
    {
        var output = Path.Combine(_dir.FullName, "no-such-dir", "decision.html");

        var (code, _, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--output", output);

        code.ShouldBe(1);
        error.ShouldContain("does not exist");
        System.IO.File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_claimed_model_is_a_usage_error()
    {
        var (code, _, error) = await Run(Sources(), File("p.yaml", ProfileYaml), "--claimed", "body-shopping");

        code.ShouldBe(2);
        error.ShouldContain("staff-augmentation");
    }

    [Fact]
    public async Task The_help_lists_every_option()
    {
        var output = new StringWriter();
        var env = CliEnvironment.ForWriters(output, new StringWriter());
        var root = new RootCommand { ReportCommand.Create(env, Sources()) };

        await root.Parse(["report", "--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Snapshot.Match(output.ToString().Replace("testhost", "sourcewise", StringComparison.Ordinal));
    }
}
