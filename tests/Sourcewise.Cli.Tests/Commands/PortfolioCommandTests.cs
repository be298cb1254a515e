using System.CommandLine;
using System.Text.Json;
using Sourcewise.Application.Assess;
using Sourcewise.Assessments;
using Sourcewise.Cli.Commands;
using Sourcewise.Cli.Infrastructure;
using Sourcewise.Profiles;
using Sourcewise.Reports.Portfolio;

namespace Sourcewise.Cli.Tests.Commands;

/// <summary>The command's plumbing (reading, streaming, formats, exit codes) over a simple stand-in engine whose
/// answer is known: product → staff-augmentation, project → project-outsourcing, operations → managed-services.</summary>
public sealed class PortfolioCommandTests : IDisposable
{
    private const string Header = "name,workType,differentiating,considering";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sw-portfolio-cli-" + Guid.NewGuid().ToString("N"));

    public PortfolioCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string fileName, string content)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = CliEnvironment.ForWriters(output, error);
        var root = new RootCommand { PortfolioCommand.Create(env, () => new StandInAssessor()) };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_output_is_one_document_with_workstreams_summary_and_findings()
    {
        var path = Write("p.csv", Header + "\nCore app,product,true,\nPayroll,project,false,\nPatching,operations,false,\n");

        var (exit, stdout, stderr) = await Run("portfolio", path, "--format", "json");

        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var workstreams = root.GetProperty("workstreams").EnumerateArray().ToList();
        workstreams.Select(w => w.GetProperty("row").GetInt32()).ShouldBe([1, 2, 3]);
        workstreams.Select(w => w.GetProperty("name").GetString()).ShouldBe(["Core app", "Payroll", "Patching"]);
        workstreams[1].GetProperty("assessment").GetProperty("recommendation").GetString().ShouldBe("project-outsourcing");
        var summary = root.GetProperty("summary");
        summary.GetProperty("staff-augmentation").GetInt32().ShouldBe(1);
        summary.GetProperty("project-outsourcing").GetInt32().ShouldBe(1);
        summary.GetProperty("managed-services").GetInt32().ShouldBe(1);
        summary.GetProperty("close-call").GetInt32().ShouldBe(0);
        root.GetProperty("findings").GetArrayLength().ShouldBe(0);
        stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_row_exits_1_naming_row_and_column_and_the_other_rows_are_still_written()
    {
        var path = Write("bad.csv", Header + "\nA,product,true,\nB,prodcut,true,\nC,operations,false,\n");

        var (exit, stdout, stderr) = await Run("portfolio", path, "--format", "json");

        exit.ShouldBe(1);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("workstreams").EnumerateArray().Select(w => w.GetProperty("name").GetString())
            .ShouldBe(["A", "C"]);
        doc.RootElement.GetProperty("summary").GetProperty("failedRows").GetInt32().ShouldBe(1);
        var error = doc.RootElement.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("line").GetInt32().ShouldBe(3);
        error.GetProperty("column").GetInt32().ShouldBe(2);
        error.GetProperty("field").GetString().ShouldBe("workType");
        var lines = stderr.TrimEnd().Split('\n');
        lines[0].ShouldBe($"error: {path}:3:2: workType: unknown value 'prodcut' (did you mean 'product'?); accepted: product, project, operations");
        lines[^1].ShouldBe($"error: {path}: 1 of 3 rows could not be read; the other 2 were assessed");
    }

    [Fact]
    public async Task An_unknown_column_exits_1_with_one_line_and_no_output()
    {
        var path = Write("col.csv", "name,wrokType\nA,product\n");

        var (exit, stdout, stderr) = await Run("portfolio", path, "--format", "json");

        exit.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.TrimEnd().ShouldBe($"error: {path}:1:2: unknown column 'wrokType' (did you mean 'workType'?); accepted columns: {string.Join(", ", ProfileFields.Keys)}");
    }

    [Theory]
    [InlineData("missing.csv", "file not found")]
    [InlineData("empty.csv", "is empty")]
    [InlineData("binary.xlsx", "is not an XLSX workbook")]
    public async Task Unreadable_files_exit_1_with_one_line(string fileName, string message)
    {
        var path = Path.Combine(_dir, fileName);
        if (fileName == "empty.csv")
        {
            Write(fileName, "");
        }
        else if (fileName == "binary.xlsx")
        {
            File.WriteAllBytes(path, [0, 1, 2, 3, 255, 254, 0, 7]);
        }

        var (exit, stdout, stderr) = await Run("portfolio", path);

        exit.ShouldBe(1);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').Length.ShouldBe(1);
        stderr.ShouldContain(message);
        stderr.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("header.csv", Header + "\n")]
    [InlineData("empty.json", "[]")]
    public async Task A_portfolio_without_workstreams_exits_1(string fileName, string content)
    {
        var path = Write(fileName, content);

        var (exit, _, stderr) = await Run("portfolio", path);

        exit.ShouldBe(1);
        stderr.Trim().ShouldBe($"error: {path}: has no workstreams (only a header, or an empty list)");
    }

    [Fact]
    public async Task Csv_output_has_one_line_per_workstream_in_input_order()
    {
        var path = Write("p.csv", Header + "\n\"Search, v2\",product,true,\nPayroll,project,false,\n");

        var (exit, stdout, _) = await Run("portfolio", path, "--format", "csv");

        exit.ShouldBe(0);
        var lines = stdout.TrimEnd().Split('\n');
        lines[0].ShouldBe(PortfolioCsv.Header.TrimEnd());
        lines[1].ShouldStartWith("1,\"Search, v2\",staff-augmentation,staff-augmentation,project-outsourcing,");
        lines[2].ShouldStartWith("2,Payroll,project-outsourcing,");
        lines.Length.ShouldBe(3);
    }

    [Fact]
    public async Task Markdown_output_has_the_table_the_summary_and_the_findings()
    {
        var path = Write("p.csv", Header + "\nA,product,true,\nB,product,true,\n");

        var (exit, stdout, _) = await Run("portfolio", path, "--format", "markdown");

        exit.ShouldBe(0);
        stdout.ShouldContain("| 1 | A | staff-augmentation |");
        stdout.ShouldContain("## Summary");
        stdout.ShouldContain("- **single-model-for-everything** (2):");
    }

    [Fact]
    public async Task The_terminal_view_shows_the_summary_findings_and_rows()
    {
        var path = Write("p.csv", Header + "\nCore app,product,true,project-outsourcing\nPatching,operations,false,\n");

        var (exit, stdout, _) = await Run("portfolio", path);

        exit.ShouldBe(0);
        stdout.ShouldContain("Portfolio");
        stdout.ShouldContain("core-product-outsourced");
        stdout.ShouldContain("Core app");
        stdout.ShouldContain("managed-services");
    }

    [Fact]
    public async Task A_large_portfolio_keeps_every_row_in_order_and_the_terminal_view_shows_only_the_first_rows()
    {
        var lines = Enumerable.Range(1, 5_000).Select(i => $"W{i},{(i % 3) switch { 0 => "product", 1 => "project", _ => "operations" }},false,");
        var path = Write("big.csv", Header + "\n" + string.Join('\n', lines) + "\n");

        var (exit, stdout, _) = await Run("portfolio", path, "--format", "json");
        var (_, text, _) = await Run("portfolio", path);

        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("workstreams").EnumerateArray().Select(w => w.GetProperty("row").GetInt32())
            .ShouldBe(Enumerable.Range(1, 5_000));
        text.ShouldContain($"Showing the first {PortfolioCommand.TextRows} of 5,000 workstreams");
    }

    [Fact]
    public async Task Yaml_and_json_portfolios_are_accepted()
    {
        var yaml = Write("p.yaml", "- name: A\n  workType: product\n- name: B\n  workType: operations\n");
        var json = Write("p.json", """[ { "name": "A", "workType": "project" } ]""");

        (await Run("portfolio", yaml, "--format", "csv")).Out.ShouldContain("2,B,managed-services");
        (await Run("portfolio", json, "--format", "csv")).Out.ShouldContain("1,A,project-outsourcing");
    }

    private sealed class StandInAssessor : IWorkstreamAssessor
    {
        public Assessment Assess(WorkProfile profile, CancellationToken cancellationToken)
        {
            var model = (EngagementModel)(profile[ProfileFields.WorkType] ?? 0);
            var runnerUp = (EngagementModel)(((int)model + 1) % 3);
            return new Assessment
            {
                Name = profile.Name,
                Profile = profile,
                Recommendation = model.ToId(),
                BestFit = model,
                RunnerUp = runnerUp,
                Margin = 2,
                CloseCallThreshold = 1,
                Scores = new ModelScores(3, 1, 0),
                Contributions = [],
                TippingPoints = [],
                Mistakes = [],
                StageGuidance = "",
                Confidence = 1,
                ConfidenceLevel = ConfidenceLevel.High,
                Unknowns = [],
            };
        }
    }
}
