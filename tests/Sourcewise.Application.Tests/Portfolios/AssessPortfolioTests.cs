using System.Text;
using System.Text.Json;
using Sourcewise.Application.Assess;
using Sourcewise.Application.Portfolios;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Tests.Portfolios;

/// <summary>The portfolio use case: the bad-row policy (report the row, assess the rest), the limits, and the sinks.</summary>
public sealed class AssessPortfolioTests
{
    private const string Header = "name,workType,differentiating\n";

    private static Outcome<PortfolioResult> Run(string csv, PortfolioSink sink, AssessPortfolio? useCase = null,
        Action<IReadOnlyList<Diagnostic>>? badRow = null)
    {
        var source = AssessPortfolio.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "p.csv", PortfolioInputFormat.Csv);
        source.Status.ShouldBe(OutcomeStatus.Ok, string.Join("; ", source.Diagnostics));
        using var opened = source.Value!;
        return (useCase ?? AssessPortfolio.Default).Run(opened, sink, badRow);
    }

    private static JsonDocument Json(string csv, out Outcome<PortfolioResult> outcome, AssessPortfolio? useCase = null)
    {
        var output = new MemoryStream();
        outcome = Run(csv, new JsonPortfolioSink(output), useCase);
        return JsonDocument.Parse(output.ToArray());
    }

    [Fact]
    public void A_bad_row_is_reported_with_its_position_and_every_other_row_is_assessed()
    {
        var bad = new List<IReadOnlyList<Diagnostic>>();
        var output = new MemoryStream();

        var outcome = Run(Header + "A,product,true\nB,prodcut,true\nC,operations,false\n", new JsonPortfolioSink(output), badRow: bad.Add);

        outcome.Status.ShouldBe(OutcomeStatus.Partial);
        outcome.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("p.csv: 1 of 3 rows could not be read; the other 2 were assessed");
        outcome.Value!.Summary.Assessed.ShouldBe(2);
        outcome.Value.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("p.csv:3:2: workType: unknown value 'prodcut'");
        bad.ShouldHaveSingleItem().ShouldHaveSingleItem().Location!.Line.ShouldBe(3);
        using var json = JsonDocument.Parse(output.ToArray());
        json.RootElement.GetProperty("workstreams").EnumerateArray().Select(w => w.GetProperty("row").GetInt32()).ShouldBe([1, 3]);
        json.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void A_row_the_engine_fails_on_is_reported_and_the_run_goes_on()
    {
        using var json = Json(Header + "A,product,true\nBoom,project,false\nC,operations,false\n", out var outcome,
            new AssessPortfolio(new ThrowsOn("Boom")));

        outcome.Status.ShouldBe(OutcomeStatus.Partial);
        outcome.Value!.Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment-failed");
        json.RootElement.GetProperty("workstreams").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void A_portfolio_without_workstreams_is_invalid()
    {
        var sink = new CollectingPortfolioSink(10);

        var outcome = Run(Header, sink);

        outcome.Status.ShouldBe(OutcomeStatus.Invalid);
        outcome.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("p.csv: has no workstreams (only a header, or an empty list)");
        sink.Summary.ShouldNotBeNull("the sink still gets its end (the CLI has already streamed the start)");
    }

    [Fact]
    public void More_rows_than_a_host_allows_is_invalid_naming_the_limit()
    {
        var csv = Header + string.Concat(Enumerable.Range(1, 30).Select(i => $"W{i},product,true\n"));

        var outcome = Run(csv, new CollectingPortfolioSink(100), new AssessPortfolio(AssessWorkstream.Default) { MaxRows = 25 });

        outcome.Status.ShouldBe(OutcomeStatus.Invalid);
        outcome.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("too-many-rows");
    }

    [Fact]
    public void Rows_reach_the_sink_in_input_order_across_many_batches()
    {
        var csv = Header + string.Concat(Enumerable.Range(1, 3_000).Select(i => $"W{i},{(i % 2 == 0 ? "product" : "operations")},false\n"));
        var sink = new CollectingPortfolioSink(int.MaxValue);

        var outcome = Run(csv, sink, new AssessPortfolio(AssessWorkstream.Default) { Pipeline = new() { BatchSize = 64 } });

        outcome.Status.ShouldBe(OutcomeStatus.Ok);
        sink.Rows.Select(r => r.Row).ShouldBe(Enumerable.Range(1, 3_000));
        sink.Rows.ShouldAllBe(r => r.Assessment.Name == r.Profile.Name);
    }

    [Fact]
    public void Each_workstream_in_the_json_is_the_assess_json_of_its_row()
    {
        using var json = Json(Header + "Core app,product,true\n", out _);

        var assessment = json.RootElement.GetProperty("workstreams")[0].GetProperty("assessment");
        var alone = AssessWorkstream.Default.AssessText("name: Core app\nworkType: product\ndifferentiating: true\n", "p.yaml",
            CancellationToken.None).Value!;
        assessment.GetRawText().ShouldBe(Reports.Json.AssessmentJson.ToJson(alone, indented: false));
    }

    [Fact]
    public void Csv_and_markdown_sinks_write_one_line_per_workstream()
    {
        const string csv = Header + "A,product,true\nB,project,false\n";
        var csvOut = new MemoryStream();
        var markdownOut = new MemoryStream();

        Run(csv, new CsvPortfolioSink(csvOut)).Status.ShouldBe(OutcomeStatus.Ok);
        Run(csv, new MarkdownPortfolioSink(markdownOut)).Status.ShouldBe(OutcomeStatus.Ok);

        Encoding.UTF8.GetString(csvOut.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        var markdown = Encoding.UTF8.GetString(markdownOut.ToArray());
        markdown.ShouldStartWith("# Portfolio: p.csv\n");
        markdown.ShouldContain("| 2 | B |");
        markdown.ShouldContain("## Findings");
    }

    [Theory]
    [InlineData("p.csv", null, PortfolioInputFormat.Csv)]
    [InlineData("P.YML", null, PortfolioInputFormat.Yaml)]
    [InlineData(null, "text/csv; charset=utf-8", PortfolioInputFormat.Csv)]
    [InlineData("upload", "application/json", PortfolioInputFormat.Json)]
    [InlineData("book.xlsx", "text/csv", PortfolioInputFormat.Xlsx)]
    public void The_input_format_comes_from_the_file_name_then_the_media_type(string? name, string? media, PortfolioInputFormat expected) =>
        PortfolioInputFormats.Of(name, media).ShouldBe(expected);

    [Fact]
    public void An_unknown_input_format_is_null() => PortfolioInputFormats.Of("p.txt", "text/plain").ShouldBeNull();

    private sealed class ThrowsOn(string name) : IWorkstreamAssessor
    {
        public Assessment Assess(WorkProfile profile, CancellationToken cancellationToken) =>
            profile.Name == name
                ? throw new InvalidOperationException("the engine broke")
                : AssessWorkstream.Default.Assess(profile, cancellationToken);
    }
}
